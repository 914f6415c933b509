// A batch whose keys are all new to the ledger (the whole of a first import, the new rows of a later one)
// goes straight into the ledger by COPY: no staging table, no merge. COPY cannot fill a NOT NULL column
// from its default when the row gives null, so those defaults are read once and written into the rows.
import type { LedgerSpec } from '../ledgers/ledger.ts';
import type { LoadSession } from './session.ts';
import { copyLineOf, escapeValue } from './copy-text.ts';
import { stagedColumns, type StagedRow } from './staging.ts';

/** The text of each column's insert default (what the merge's coalesce(…) gives a new row). */
export async function insertDefaults(session: LoadSession, ledger: LedgerSpec): Promise<Record<string, string>> {
  const columns = stagedColumns(ledger).filter((c) => c.insertDefault);
  if (columns.length === 0) return {};
  const [row] = await session.query<Record<string, string>>(
    `select ${columns.map((c) => `(${c.insertDefault})::text as "${c.column}"`).join(', ')}`,
  );
  return row!;
}

export interface LedgerRowsTarget {
  agency: string;
  batchId: number;
  defaults: Readonly<Record<string, string>>;
}

/** The COPY text of rows for the ledger itself: agency, the staged columns, batch and source row. */
export function ledgerCopyText(ledger: LedgerSpec, target: LedgerRowsTarget, rows: readonly StagedRow[]): string {
  const names = stagedColumns(ledger).map((c) => c.column);
  const lead = escapeValue(target.agency);
  const batch = `\t${target.batchId}\t`;
  let data = '';
  for (const { row, values } of rows) data += copyLineOf(lead, values, names, target.defaults, `${batch}${row}`);
  return data;
}

export async function copyIntoLedger(session: LoadSession, ledger: LedgerSpec, data: string): Promise<void> {
  if (data === '') return;
  const names = stagedColumns(ledger).map((c) => c.column);
  await session.copyIn(ledger.table, ['agency', ...names, 'batch_id', 'source_row'], data);
}
