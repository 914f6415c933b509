// How many times each deduction applies, per section and for the whole agency, aggregated in SQL over
// the counted relation (grouping sets: one pass gives both levels), with the finding ids behind each.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { countedRelation, type CountingScope } from './counted.ts';

export interface DeductionTally {
  /** null: the agency as a whole (every section and the findings without one). */
  level: 'agency' | 'section';
  section: string | null;
  deduction: string;
  count: number;
  findingIds: number[];
  /** Ledger facts counted (e.g. request numbers of a review lost), for deductions that count them. */
  ledgerSubjects: string[];
}

export async function tallyDeductions(
  db: Kysely<Database>,
  scope: CountingScope,
  options: { withIds: boolean },
): Promise<DeductionTally[]> {
  const ids = options.withIds
    ? sql`coalesce(jsonb_agg(c.finding_id order by c.finding_id) filter (where c.finding_id is not null), '[]'::jsonb)`
    : sql`'[]'::jsonb`;
  const { rows } = await sql<{
    agency_level: boolean;
    section: string | null;
    deduction: string;
    count: number;
    finding_ids: number[];
    ledger_subjects: string[];
  }>`
    select grouping(c.section) = 1 as agency_level, c.section, c.deduction,
      count(distinct c.counted_key)::int as count,
      ${ids} as finding_ids,
      coalesce(jsonb_agg(distinct c.subject || '（' || c.fact || '）') filter (where c.finding_id is null), '[]'::jsonb)
        as ledger_subjects
    from ${countedRelation(scope)} as c
    group by grouping sets ((c.section, c.deduction), (c.deduction))`.execute(db);
  return rows.map((r) => ({
    level: r.agency_level ? 'agency' : 'section',
    section: r.agency_level ? null : r.section,
    deduction: r.deduction,
    count: r.count,
    findingIds: r.finding_ids,
    ledgerSubjects: r.ledger_subjects,
  }));
}

/** Every section of the agency that any ledger or finding names, so a section without faults still scores. */
export async function agencySections(db: Kysely<Database>, agency: string): Promise<string[]> {
  const { rows } = await sql<{ section: string }>`
    select name as section from section where agency = ${agency}
    union select section from document where agency = ${agency}
    union select section from request where agency = ${agency} and section is not null
    union select section from publication where agency = ${agency} and section is not null
    union select section from finding where agency = ${agency} and section is not null
    order by 1`.execute(db);
  return rows.map((r) => r.section);
}
