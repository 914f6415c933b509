// A user's reach: their agency (null: every agency, for the installation's office administrator) and, for a
// section user, their section. Queries apply it in SQL (see data/*.ts); these helpers turn a request's
// own filters into the filters a query may use, refusing a filter outside the user's reach.
import type { Role } from '../../db/schema.ts';
import { badRequest, forbidden } from '../errors.ts';
import type { SessionUser } from './sessions.ts';

export interface Scope {
  login: string;
  role: Role;
  /** null: every agency. */
  agency: string | null;
  /** Set for a section user: every query is limited to it. */
  section: string | null;
}

export function scopeOf(user: SessionUser): Scope {
  return { login: user.login, role: user.role, agency: user.agency, section: user.role === 'section' ? user.section : null };
}

/** The agency to filter on (null: all the user may see); another agency than the user's is refused. */
export function agencyFilter(scope: Scope, requested?: string | null): string | null {
  if (requested && scope.agency && requested !== scope.agency) throw forbidden('无权访问其他机关的数据');
  return requested || scope.agency;
}

/** The section to filter on; a section user asking for another section is refused. */
export function sectionFilter(scope: Scope, requested?: string | null): string | null {
  if (scope.section && requested && requested !== scope.section) throw forbidden('无权访问其他科室的数据');
  return scope.section ?? (requested || null);
}

/** Exactly one agency, for work that is about one (a check, an import, a report). */
export function oneAgency(scope: Scope, requested?: string | null): string {
  const agency = agencyFilter(scope, requested);
  if (!agency) throw badRequest('请指定机关（agency）', 'agency');
  return agency;
}

/** Only the office sees applicants' names (DESIGN.md: data minimisation). */
export function seesApplicants(scope: Scope): boolean {
  return scope.role === 'office';
}
