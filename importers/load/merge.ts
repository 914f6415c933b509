// Batches that touch keys the ledger has: staged, then merged in one statement. The later of two rows
// with one key wins, existing rows are updated (only in the columns the file has), new rows are inserted.
// Which keys a batch touches is asked first, with the ledger's primary key: rows of an earlier import
// (updated, counted once) and rows of this one (a duplicate key in the file, superseded).
import type { LedgerSpec } from '../ledgers/ledger.ts';
import type { LoadSession } from './session.ts';
import { STAGING_TABLE, SUPERSEDED_TABLE, keySqlType, stagedColumns } from './staging.ts';

export interface Duplicate {
  key: string;
  rows: number[];
}

/** How many duplicate keys the summary lists; the count of all of them goes into the batch's details. */
export const DUPLICATES_LISTED = 1000;

export interface LedgerTarget {
  agency: string;
  /** The batch of this import: rows that carry it were written by this import. */
  batchId: number;
}

export interface KeysFound {
  /** Keys the ledger had before this import. */
  existing: number;
  /** Keys an earlier batch of this file wrote. */
  repeated: number;
}

export async function probeKeys(session: LoadSession, ledger: LedgerSpec, target: LedgerTarget, keys: readonly string[]): Promise<KeysFound> {
  // One primary-key lookup per key (LIMIT 1 keeps the lateral query from being flattened into a join):
  // the rows this transaction is adding are not in the statistics yet, and with a join or `= any(…)`
  // the planner took the agency's rows for few and read them all, a longer read with every batch.
  const [found] = await session.query<KeysFound>(
    `select count(*) filter (where t.batch_id is distinct from $2)::int as existing,
            count(*) filter (where t.batch_id = $2)::int as repeated
       from unnest($3::${keySqlType(ledger)}[]) as k(key)
       cross join lateral (select batch_id from ${ledger.table}
                            where agency = $1 and "${ledger.keyColumn}" = k.key limit 1) t`,
    [target.agency, target.batchId, keys],
  );
  return found!;
}

/**
 * Before a merge supersedes them, keeps the rows of this file the staged batch replaces: those an earlier
 * batch wrote, and (when the batch repeats a key itself) all but the last row of each key in it.
 */
export async function recordSuperseded(session: LoadSession, ledger: LedgerSpec, target: LedgerTarget, within: { earlier: boolean; inBatch: boolean }) {
  const key = `"${ledger.keyColumn}"`;
  if (within.earlier) {
    // One primary-key lookup per staged key, as in probeKeys.
    await session.query(
      `insert into ${SUPERSEDED_TABLE} (key, source_row)
       select t.${key}, t.source_row from (select distinct ${key} as key from ${STAGING_TABLE}) s
        cross join lateral (select ${key}, source_row, batch_id from ${ledger.table}
                             where agency = $1 and ${key} = s.key limit 1) t
        where t.batch_id = $2`,
      [target.agency, target.batchId],
    );
  }
  if (within.inBatch) {
    await session.query(
      `insert into ${SUPERSEDED_TABLE} (key, source_row)
       select ${key}, source_row from (
         select ${key}, source_row, row_number() over (partition by ${key} order by source_row desc) as later
           from ${STAGING_TABLE}) s
        where later > 1`,
    );
  }
}

/**
 * Upserts the staged rows. `present` are the ledger columns the file had: an existing row keeps its
 * value in any other column (a later file without 链接 does not erase the links).
 */
export async function mergeStaged(
  session: LoadSession,
  ledger: LedgerSpec,
  target: LedgerTarget,
  present: ReadonlySet<string>,
  hasDuplicates: boolean,
): Promise<void> {
  const key = ledger.keyColumn;
  const columns = stagedColumns(ledger);
  const selected = columns.map((c) => (c.insertDefault ? `coalesce("${c.column}", ${c.insertDefault})` : `"${c.column}"`));
  const updated = columns
    .filter((c) => c.column !== key && (present.has(c.column) || c.column === 'extra'))
    .map((c) => `"${c.column}" = excluded."${c.column}"`);
  const values = `$1, ${selected.join(', ')}, $2::bigint, source_row`;
  // The later of two rows with one key wins; a batch without duplicates (the usual one) needs no sort.
  const source = hasDuplicates
    ? `select distinct on ("${key}") ${values} from ${STAGING_TABLE} order by "${key}", source_row desc`
    : `select ${values} from ${STAGING_TABLE}`;
  await session.query(
    `insert into ${ledger.table} (agency, ${columns.map((c) => `"${c.column}"`).join(', ')}, batch_id, source_row)
     ${source}
     on conflict (agency, "${key}") do update set
       ${[...updated, 'batch_id = excluded.batch_id', 'source_row = excluded.source_row'].join(',\n       ')}`,
    [target.agency, target.batchId],
  );
}

/** The keys the file repeats, each with all its rows: the superseded ones and the one in the ledger. */
export async function findDuplicates(session: LoadSession, ledger: LedgerSpec, target: LedgerTarget): Promise<{ listed: Duplicate[]; keys: number }> {
  const key = `"${ledger.keyColumn}"`;
  const [totals] = await session.query<{ keys: number }>(`select count(distinct key)::int as keys from ${SUPERSEDED_TABLE}`);
  if (!totals || totals.keys === 0) return { listed: [], keys: 0 };
  const listed = await session.query<{ key: string; rows: number[] }>(
    `select key::text as key, array_agg(source_row order by source_row) as rows
       from (select key, source_row from ${SUPERSEDED_TABLE}
             union all
             select t.${key}, t.source_row from ${ledger.table} t
              where t.agency = $1 and t.batch_id = $2 and t.${key} in (select key from ${SUPERSEDED_TABLE})) r
      group by key order by min(source_row) limit ${DUPLICATES_LISTED}`,
    [target.agency, target.batchId],
  );
  return { listed: listed.map((d) => ({ key: d.key, rows: d.rows.map(Number) })), keys: totals.keys };
}
