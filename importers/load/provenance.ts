// import_batch and import_reject: which file, with which checksum, by whom, with what counts, and every
// rejected row with its raw cells and reasons (DESIGN.md: nothing is dropped silently).
import type { LedgerKind } from '../ledgers/ledger.ts';
import type { RejectedRow } from '../rows/convert.ts';
import type { LoadSession } from './session.ts';
import { copyLine } from './copy-text.ts';
import { jsonText } from '../values/cells.ts';

/** A rejected cell is kept whole in the rejects file; the database keeps enough of it to recognise it. */
const RAW_CELL_CHARS = 10_000;

export interface BatchOpening {
  agency: string;
  kind: LedgerKind;
  format: string;
  fileName: string;
  user: string | null;
  details: Record<string, unknown>;
}

/**
 * The batch row, inside the load's transaction. Its checksum is set by closeBatch (it is computed beside the
 * load); the row is seen by no one before the transaction commits.
 */
export async function openBatch(session: LoadSession, batch: BatchOpening): Promise<number> {
  const [row] = await session.query<{ id: number }>(
    `insert into import_batch (agency, ledger, source_format, file_name, checksum, imported_by, details)
     values ($1, $2, $3, $4, '', $5, $6::jsonb) returning id`,
    [batch.agency, batch.kind, batch.format, batch.fileName, batch.user, jsonText(batch.details)],
  );
  return Number(row!.id);
}

export interface BatchCounts {
  read: number;
  loaded: number;
  updated: number;
  rejected: number;
}

export async function closeBatch(
  session: LoadSession,
  id: number,
  counts: BatchCounts,
  checksum: string,
  details: Record<string, unknown>,
): Promise<void> {
  await session.query(
    `update import_batch set rows_read = $2, rows_loaded = $3, rows_updated = $4, rows_rejected = $5, details = $6::jsonb,
       checksum = $7 where id = $1`,
    [id, counts.read, counts.loaded, counts.updated, counts.rejected, jsonText(details), checksum],
  );
}

/** The raw row as {header: cell}, empty cells left out and long ones shortened. */
export function rawRow(labels: readonly string[], rejected: RejectedRow): Record<string, string> {
  const raw: Record<string, string> = {};
  rejected.cells.forEach((cell, c) => {
    if (cell === '') return;
    const label = labels[c] ?? `第${c + 1}列`;
    raw[label] = cell.length > RAW_CELL_CHARS ? `${cell.slice(0, RAW_CELL_CHARS)}…（已截断，共 ${cell.length} 字符）` : cell;
  });
  return raw;
}

export async function recordRejects(session: LoadSession, batchId: number, labels: readonly string[], rows: readonly RejectedRow[]): Promise<void> {
  if (rows.length === 0) return;
  let data = '';
  for (const rejected of rows) {
    data += copyLine([batchId, rejected.row, jsonText(rawRow(labels, rejected)), jsonText(rejected.reasons)]);
  }
  await session.copyIn('import_reject', ['batch_id', 'row_number', 'raw', 'reasons'], data);
}
