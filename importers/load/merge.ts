// From the staging table into the ledger in one statement: the later of two rows with one key wins,
// existing rows are updated (only in the columns the file has), new rows are inserted. Counting the keys
// that already exist first tells new rows from updated ones.
import type { LedgerSpec } from '../ledgers/ledger.ts';
import type { LoadSession } from './session.ts';
import { STAGING_TABLE, stagedColumns } from './staging.ts';

export interface Duplicate {
  key: string;
  rows: number[];
}

/** How many duplicate keys the summary lists; the count of all of them goes into the batch's details. */
export const DUPLICATES_LISTED = 1000;

export async function findDuplicates(session: LoadSession, ledger: LedgerSpec): Promise<{ listed: Duplicate[]; keys: number; superseded: number }> {
  const key = `"${ledger.keyColumn}"`;
  const [totals] = await session.query<{ keys: number; superseded: number }>(
    `select count(*)::int as keys, coalesce(sum(n - 1), 0)::int as superseded
       from (select count(*) as n from ${STAGING_TABLE} group by ${key} having count(*) > 1) d`,
  );
  if (!totals || totals.keys === 0) return { listed: [], keys: 0, superseded: 0 };
  const listed = await session.query<{ key: string; rows: number[] }>(
    `select ${key}::text as key, array_agg(source_row order by source_row) as rows
       from ${STAGING_TABLE} group by ${key} having count(*) > 1
      order by min(source_row) limit ${DUPLICATES_LISTED}`,
  );
  return { listed: listed.map((d) => ({ key: d.key, rows: d.rows.map(Number) })), keys: totals.keys, superseded: totals.superseded };
}

export async function countExisting(session: LoadSession, ledger: LedgerSpec, agency: string): Promise<number> {
  const key = `"${ledger.keyColumn}"`;
  const [row] = await session.query<{ n: number }>(
    `select count(*)::int as n from (select distinct ${key} from ${STAGING_TABLE}) s
      where exists (select 1 from ${ledger.table} t where t.agency = $1 and t.${key} = s.${key})`,
    [agency],
  );
  return row?.n ?? 0;
}

/**
 * Upserts the staged rows. `present` are the ledger columns the file had: an existing row keeps its
 * value in any other column (a later file without 链接 does not erase the links).
 */
export async function mergeStaged(
  session: LoadSession,
  ledger: LedgerSpec,
  agency: string,
  batchId: number | null,
  present: ReadonlySet<string>,
  hasDuplicates: boolean,
): Promise<number> {
  const key = ledger.keyColumn;
  const columns = stagedColumns(ledger);
  const selected = columns.map((c) => (c.insertDefault ? `coalesce("${c.column}", ${c.insertDefault})` : `"${c.column}"`));
  const updated = columns
    .filter((c) => c.column !== key && (present.has(c.column) || c.column === 'extra'))
    .map((c) => `"${c.column}" = excluded."${c.column}"`);
  const values = `$1, ${selected.join(', ')}, $2::bigint, source_row`;
  // The later of two rows with one key wins; a file without duplicates (the usual one) needs no sort.
  const source = hasDuplicates
    ? `select distinct on ("${key}") ${values} from ${STAGING_TABLE} order by "${key}", source_row desc`
    : `select ${values} from ${STAGING_TABLE}`;
  const sql = `
    insert into ${ledger.table} (agency, ${columns.map((c) => `"${c.column}"`).join(', ')}, batch_id, source_row)
    ${source}
    on conflict (agency, "${key}") do update set
      ${[...updated, 'batch_id = excluded.batch_id', 'source_row = excluded.source_row'].join(',\n      ')}`;
  const rows = await session.query<{ n: number }>(`with merged as (${sql} returning 1) select count(*)::int as n from merged`, [agency, batchId]);
  return rows[0]?.n ?? 0;
}
