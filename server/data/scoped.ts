// The filters every data query starts from: the agency and section a request may see, resolved from the
// user's scope and the request's own filters (auth/scope.ts). Data functions take this, never raw query
// values, so no query can run without the caller's scope.
import { agencyFilter, sectionFilter, type Scope } from '../auth/scope.ts';

export interface ScopedFilter {
  /** null: every agency (the administrator, with no agency asked for). */
  agency: string | null;
  /** Always set for a section user. */
  section: string | null;
}

export function scoped(scope: Scope, query: { agency?: string | undefined; section?: string | undefined }): ScopedFilter {
  return { agency: agencyFilter(scope, query.agency), section: sectionFilter(scope, query.section) };
}

/** A LIKE pattern matching values that start with `prefix` literally. */
export function startsWith(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export const offsetOf = ({ page, pageSize }: PageRequest) => (page - 1) * pageSize;

/** Rows per Arrow record batch, fetched by keyset so memory stays flat on a large ledger. */
export const ARROW_BATCH_ROWS = 10_000;
