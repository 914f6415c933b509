// The findings (and ledger facts) behind every deduction, read through a server-side cursor in batches
// so that 100k rows never sit in memory at once; the evaluation sheet writes each batch as it comes.
// Rows come in the sheet's order: section (as the summary lists them), scoring item, deduction, ledger
// item, due date. A ledger item's findings are adjacent, so the one that costs the points (the first) is
// marked while streaming, with no second sort in the database.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { countedRelation, type CountingScope, type SectionFilter } from './counted.ts';
import { sectionsInOrder } from './section-order.ts';

export interface EvidenceRow {
  finding_id: number | null;
  section: string | null;
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

type FetchedRow = EvidenceRow & { counted_key: string };

/** A row as the query sends it: a JSON array, in this order (see sectionEvidence's json_build_array). */
type FetchedTuple = [
  finding_id: number | null, section: string | null, deduction: string, points: number, counted_key: string,
  rule: string | null, fact: string | null, subject: string, title: string | null, due: string | null,
  actual: string | null, late_workdays: number | null, status: string | null, status_note: string | null,
];

/** Every field set here, `counts` too (markCounted decides it), so that all rows share one shape. */
function fromTuple(t: FetchedTuple): FetchedRow {
  return {
    finding_id: t[0], section: t[1], deduction: t[2], points: t[3], counted_key: t[4], rule: t[5], fact: t[6],
    subject: t[7], title: t[8], due: t[9], actual: t[10], late_workdays: t[11], status: t[12], status_note: t[13],
    counts: false,
  };
}

/** Marks the first row of each ledger item of a deduction, across batches, in place (no copy of 100k rows). */
function markCounted(): (rows: FetchedRow[]) => EvidenceRow[] {
  let previous: FetchedRow | undefined;
  return (rows) => {
    for (const row of rows) {
      row.counts =
        previous === undefined ||
        row.counted_key !== previous.counted_key ||
        row.deduction !== previous.deduction ||
        (row.section ?? '') !== (previous.section ?? '');
      previous = row;
    }
    return rows;
  };
}

/**
 * Every section the counted rows can name, in the summary's order (the rows with none come after them).
 * The findings' sections are read by skipping through the (agency, section) index, one probe per section,
 * rather than reading all of an agency's findings to find a few distinct names.
 */
async function evidenceSections(db: Kysely<Database>, agency: string): Promise<string[]> {
  const { rows } = await sql<{ section: string }>`
    with recursive named(section) as (
      (select section from finding where agency = ${agency} and section is not null order by section limit 1)
      union all
      select (select f.section from finding f where f.agency = ${agency} and f.section > named.section order by f.section limit 1)
      from named where named.section is not null
    )
    select section from named where section is not null
    union select section from request where agency = ${agency} and section is not null`.execute(db);
  return sectionsInOrder(rows.map((r) => r.section));
}

/**
 * One section's evidence in the sheet's order within a section, as JSON texts of up to chunkRows rows
 * each (a list of row arrays, the outer brackets left off), in order. A row of the result carries many evidence rows: the
 * drivers' work is per row of a result (pg builds an object per row, PGlite copies each field into a
 * buffer of its own), which cost more than the sheet itself at 100k rows one row each.
 */
function sectionEvidence(scope: CountingScope, section: SectionFilter, chunkRows: number): RawBuilder<unknown> {
  if (!Number.isInteger(chunkRows) || chunkRows < 1) throw new RangeError(`chunkRows: ${chunkRows}`);
  return sql`(
    select string_agg(numbered.evidence, ',' order by numbered.n) as evidence
    from (
      select
        -- A positional array, not an object: no key repeated on every row to send, decode and parse.
        json_build_array(
          c.finding_id, c.section, c.deduction, c.points::float8, c.counted_key, c.rule, c.fact, c.subject,
          -- coalesce stops at the first value, so the ledgers are read only for findings without a title.
          coalesce(c.title, case c.subject_kind
            when 'document' then (select d.title from document d where d.agency = ${scope.agency} and d.record_key = c.subject)
            when 'publication' then (select p.title from publication p where p.agency = ${scope.agency} and p.record_key = c.subject)
          end),
          c.due, c.actual, c.late_workdays, c.status, c.status_note
        )::text as evidence,
        row_number() over (
          order by c.item_order, c.deduction_order, c.counted_key, c.due nulls last, c.finding_id nulls last
        ) as n
      from ${countedRelation(scope, section)} as c
    ) as numbered
    group by (numbered.n - 1) / ${sql.raw(String(chunkRows))}
    order by (numbered.n - 1) / ${sql.raw(String(chunkRows))}
  )`;
}

/** Evidence rows per result row: large enough that the drivers' per-row work vanishes, small enough to stream. */
const CHUNK_ROWS = 500;

/** Calls onBatch with up to batchSize rows at a time, in the sheet's order. */
export async function forEachEvidenceBatch(
  db: Kysely<Database>,
  scope: CountingScope,
  onBatch: (rows: EvidenceRow[]) => Promise<void> | void,
  batchSize = 5000,
): Promise<number> {
  let total = 0;
  const mark = markCounted();
  await db.transaction().execute(async (trx) => {
    // A large section's rows are sorted in memory; the default 4 MB would spill the sort to disk.
    await sql`set local work_mem = '64MB'`.execute(trx);
    // The whole result is read: plan for all rows, not for a fast first batch.
    await sql`set local cursor_tuple_fraction = 1.0`.execute(trx);
    // One sort per section, each run when the cursor reaches it (a lateral subquery per section name,
    // in the summary's order, then the rows that name no section): the first rows come after the first
    // section's sort instead of after a sort of the whole year, and the later sorts run while the sheet
    // is written. Rows travel as JSON, many to a result row (see sectionEvidence); JSON.parse reads them
    // at once. Dates come as YYYY-MM-DD and numbers as numbers, as the shared parsers give them.
    const sections = JSON.stringify(await evidenceSections(trx, scope.agency));
    const chunkRows = Math.min(CHUNK_ROWS, batchSize);
    const chunksPerFetch = Math.max(1, Math.floor(batchSize / chunkRows));
    await sql`
      declare evidence no scroll cursor for
      select named.evidence from jsonb_array_elements_text(${sections}::jsonb) as s(name)
        cross join lateral ${sectionEvidence(scope, { equals: sql`s.name` }, chunkRows)} as named
      union all
      ${sectionEvidence(scope, 'none', chunkRows)}`.execute(trx);
    const fetchBatch = async () => {
      const { rows } = await sql<{ evidence: string }>`fetch forward ${sql.raw(String(chunksPerFetch))} from evidence`.execute(trx);
      return { rows: rows.flatMap((r) => (JSON.parse(`[${r.evidence}]`) as FetchedTuple[]).map(fromTuple)), last: rows.length < chunksPerFetch };
    };
    // The next batch is asked for before this one is written: on PostgreSQL the server reads it while
    // this process builds the sheet.
    let pending = fetchBatch();
    for (;;) {
      const { rows, last } = await pending;
      pending = last ? Promise.resolve({ rows: [], last: true }) : fetchBatch();
      if (rows.length > 0) {
        total += rows.length;
        await onBatch(mark(rows));
      }
      if (last) break;
    }
    await sql`close evidence`.execute(trx);
  });
  return total;
}
