// The findings (and ledger facts) behind every deduction, read through a server-side cursor in batches
// so that 100k rows never sit in memory at once; the evaluation sheet writes each batch as it comes.
// Rows come in the sheet's order: section, scoring item, deduction, ledger item, due date. A ledger item's
// findings are adjacent, so the one that costs the points (the first) is marked while streaming, with no
// second sort in the database.
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

type FetchedRow = Omit<EvidenceRow, 'counts'> & { counted_key: string };

/** Marks the first row of each ledger item of a deduction, across batches, in place (no copy of 100k rows). */
function markCounted(): (rows: FetchedRow[]) => EvidenceRow[] {
  let previous: FetchedRow | undefined;
  return (rows) => {
    for (const row of rows) {
      const counts =
        previous === undefined ||
        row.counted_key !== previous.counted_key ||
        row.deduction !== previous.deduction ||
        (row.section ?? '') !== (previous.section ?? '');
      (row as FetchedRow & Pick<EvidenceRow, 'counts'>).counts = counts;
      previous = row;
    }
    return rows as (FetchedRow & Pick<EvidenceRow, 'counts'>)[];
  };
}

export async function forEachEvidenceBatch(
  db: Kysely<Database>,
  scope: CountingScope,
  onBatch: (rows: EvidenceRow[]) => Promise<void> | void,
  batchSize = 5000,
): Promise<number> {
  let total = 0;
  const mark = markCounted();
  await db.transaction().execute(async (trx) => {
    // The ordered 100k rows fit in memory; the default 4 MB would spill the sort to disk.
    await sql`set local work_mem = '64MB'`.execute(trx);
    // The whole result is read: plan for all rows, not for a fast first batch.
    await sql`set local cursor_tuple_fraction = 1.0`.execute(trx);
    // Each row travels as one JSON text, built as it is fetched (after the sort): the drivers decode a
    // row's fields one by one in JavaScript (PGlite copies each into a buffer of its own), which cost
    // more than the sheet itself at 100k rows; JSON.parse reads the whole row at once. Dates come as
    // YYYY-MM-DD and int8 as numbers, as the shared parsers give them.
    await sql`
      declare evidence no scroll cursor for
      select row_to_json(e)::text as evidence from (
      select c.finding_id, c.section, c.item, c.deduction, c.points::float8 as points, c.counted_key,
        c.rule, c.fact, c.subject,
        -- coalesce stops at the first value, so the ledgers are read only for findings without a title.
        coalesce(c.title, case c.subject_kind
          when 'document' then (select d.title from document d where d.agency = ${scope.agency} and d.record_key = c.subject)
          when 'publication' then (select p.title from publication p where p.agency = ${scope.agency} and p.record_key = c.subject)
        end) as title,
        c.due, c.actual, c.late_workdays, c.status, c.status_note
      from ${countedRelation(scope)} as c
      order by c.section nulls last, c.item_order, c.deduction_order, c.counted_key, c.due nulls last, c.finding_id nulls last
      ) as e`.execute(trx);
    const fetchBatch = async () => {
      const { rows } = await sql<{ evidence: string }>`fetch forward ${sql.raw(String(batchSize))} from evidence`.execute(trx);
      return rows.map((r) => JSON.parse(r.evidence) as FetchedRow);
    };
    // The next batch is asked for before this one is written: on PostgreSQL the server reads it while
    // this process builds the sheet.
    let pending = fetchBatch();
    for (;;) {
      const rows = await pending;
      if (rows.length === 0) break;
      if (rows.length === batchSize) pending = fetchBatch();
      else pending = Promise.resolve([]);
      total += rows.length;
      await onBatch(mark(rows));
    }
    await sql`close evidence`.execute(trx);
  });
  return total;
}
