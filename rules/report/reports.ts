// Reading the annual-report ledger for the report rules.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Figures } from '../../reports/annual/layout.ts';

export interface PublishedReport {
  agency: string;
  year: number;
  publishedOn: string | null;
  figures: Figures;
  text: string | null;
}

export async function publishedReports(db: Kysely<Database>, agency?: string): Promise<PublishedReport[]> {
  let query = db.selectFrom('annual_report').select(['agency', 'year', 'published_on', 'figures', 'full_text']);
  if (agency) query = query.where('agency', '=', agency);
  const rows = await query.orderBy('year').execute();
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
