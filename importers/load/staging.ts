// The staging table: a temporary table shaped like the ledger (typed from the ledger's fields), filled by
// COPY with the batches whose keys the ledger has already (or that repeat a key), emptied after each
// merge, dropped at the end of the transaction. Beside it, the rows of the file that a later row with the
// same key superseded, for the duplicates report.
import type { LedgerSpec, StagedValues } from '../ledgers/ledger.ts';
import type { SqlType } from '../ledgers/field.ts';
import type { LoadSession } from './session.ts';
import { copyLineOf } from './copy-text.ts';

export const STAGING_TABLE = 'gk_import_stage';
export const SUPERSEDED_TABLE = 'gk_import_superseded';

export interface StagedColumn {
  column: string;
  sqlType: SqlType;
  insertDefault?: string;
}

export interface StagedRow {
  row: number;
  values: StagedValues;
}

/** Every ledger column the importer writes, in a fixed order (provenance last). */
export function stagedColumns(ledger: LedgerSpec): StagedColumn[] {
  return [
    ...ledger.fields.map((f) => ({ column: f.column, sqlType: f.sqlType, insertDefault: f.insertDefault })),
    ...ledger.derived,
    { column: 'extra', sqlType: 'jsonb' as const },
  ];
}

export function keySqlType(ledger: LedgerSpec): SqlType {
  return stagedColumns(ledger).find((c) => c.column === ledger.keyColumn)!.sqlType;
}

export async function createStaging(session: LoadSession, ledger: LedgerSpec): Promise<void> {
  const columns = stagedColumns(ledger).map((c) => `"${c.column}" ${c.sqlType}`);
  await session.query(`create temp table ${STAGING_TABLE} (source_row integer not null, ${columns.join(', ')}) on commit drop`);
  await session.query(`create temp table ${SUPERSEDED_TABLE} (key ${keySqlType(ledger)} not null, source_row integer not null) on commit drop`);
}

export async function stageRows(session: LoadSession, ledger: LedgerSpec, rows: readonly StagedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const names = stagedColumns(ledger).map((c) => c.column);
  let data = '';
  for (const { row, values } of rows) data += copyLineOf(String(row), values, names);
  await session.copyIn(STAGING_TABLE, ['source_row', ...names], data);
}

export async function clearStaging(session: LoadSession): Promise<void> {
  await session.query(`truncate ${STAGING_TABLE}`);
}
