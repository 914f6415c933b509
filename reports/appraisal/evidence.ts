// The findings (and ledger facts) behind every deduction, read through a server-side cursor in batches
// so that 100k rows never sit in memory at once; the evaluation sheet writes each batch as it comes.
// Rows come in the sheet's order: section, scoring item, deduction, due date.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { countedRelation, type CountingScope } from './counted.ts';

export interface EvidenceRow {
  finding_id: number | null;
  section: string | null;
  item: string;
  deduction: string;
  points: number;
  /** Whether this row is the one that costs the points (several findings on one ledger item count once). */
  counts: boolean;
  rule: string | null;
  fact: string | null;
  subject: string;
  title: string | null;
  due: string | null;
  actual: string | null;
  late_workdays: number | null;
  status: string | null;
  status_note: string | null;
}

export async function forEachEvidenceBatch(
  db: Kysely<Database>,
  scope: CountingScope,
  onBatch: (rows: EvidenceRow[]) => Promise<void> | void,
  batchSize = 2000,
): Promise<number> {
  let total = 0;
  await db.transaction().execute(async (trx) => {
    await sql`
      declare evidence no scroll cursor for
      select c.finding_id, c.section, c.item, c.deduction, c.points::float8 as points,
        row_number() over (partition by c.section, c.deduction, c.counted_key order by f.due nulls last, c.finding_id) = 1 as counts,
        c.rule, c.fact, c.subject,
        coalesce(f.details->>'title', d.title, p.title) as title,
        f.due, f.actual, f.late_workdays, f.status, f.status_note
      from ${countedRelation(scope)} as c
      left join finding f on f.id = c.finding_id
      left join document d on c.subject_kind = 'document' and d.agency = ${scope.agency} and d.record_key = c.subject
      left join publication p on c.subject_kind = 'publication' and p.agency = ${scope.agency} and p.record_key = c.subject
      order by c.section nulls last, c.item_order, c.deduction_order, f.due nulls last, c.subject, c.finding_id nulls last`.execute(trx);
    for (;;) {
      const { rows } = await sql<EvidenceRow>`fetch forward ${sql.raw(String(batchSize))} from evidence`.execute(trx);
      if (rows.length === 0) break;
      total += rows.length;
      await onBatch(rows);
    }
    await sql`close evidence`.execute(trx);
  });
  return total;
}
