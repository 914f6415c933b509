// Reading the annual-report ledger for the report rules.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Figures } from '../../reports/annual/layout.ts';
import { notYet } from '../ledgers/known-at.ts';

export interface PublishedReport {
  agency: string;
  year: number;
  publishedOn: string | null;
  figures: Figures;
  text: string | null;
}

/**
 * The reports as the as-of date knows them, when one is given: a report published after it was not yet
 * published then (DESIGN.md: open items are judged at the as-of date).
 */
export async function publishedReports(db: Kysely<Database>, agency?: string, asOf?: string): Promise<PublishedReport[]> {
  // As the ledgers are read (known-at.ts): a date past the loaded calendar is kept, to be named.
  const publishedOn = asOf
    ? sql<string | null>`case when ${notYet(sql`r.published_on`, asOf)} then null else r.published_on end`
    : sql<string | null>`r.published_on`;
  let query = db
    .selectFrom('annual_report as r')
    .select(['r.agency', 'r.year', publishedOn.as('published_on'), 'r.figures', 'r.full_text']);
  if (agency) query = query.where('r.agency', '=', agency);
  const rows = await query.orderBy('r.year').execute();
  return rows.map((r) => ({
    agency: r.agency,
    year: r.year,
    publishedOn: r.published_on,
    figures: (r.figures ?? {}) as Figures,
    text: r.full_text,
  }));
}

/** The annual report for year Y is due on January 31 of Y+1 (条例第四十九条). */
export function annualReportDue(year: number): string {
  return `${year + 1}-01-31`;
}
