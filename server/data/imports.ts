// Import batches for the API: the history (scoped to the caller's agency, paged) and one batch's rejected
// rows as a CSV to fix and import again, rebuilt from import_reject with the file's own header order.
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { Database, LedgerKind } from '../../db/schema.ts';
import { isoTimestampOrThrow } from './timestamps.ts';
import { offsetOf, type PageRequest } from './scoped.ts';
import { spreadsheetSafe } from './spreadsheet-safe.ts';
import { REJECT_REASON_HEADER } from '../../importers/headers/column-plan.ts';

type Db = Kysely<Database>;

export async function listBatches(db: Db, filter: { agency: string | null; kind?: LedgerKind | undefined }, page: PageRequest) {
  let q = db.selectFrom('import_batch');
  if (filter.agency) q = q.where('agency', '=', filter.agency);
  if (filter.kind) q = q.where('ledger', '=', filter.kind);
  const [rows, count] = await Promise.all([
    q
      .select(['id', 'agency', 'ledger', 'source_format', 'file_name', 'checksum', 'rows_read', 'rows_loaded', 'rows_updated', 'rows_rejected', 'imported_by', 'imported_at'])
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      agency: r.agency,
      kind: r.ledger,
      format: r.source_format,
      fileName: r.file_name,
      checksum: r.checksum,
      rowsRead: r.rows_read,
      loaded: r.rows_loaded,
      updated: r.rows_updated,
      rejected: r.rows_rejected,
      importedBy: r.imported_by,
      importedAt: isoTimestampOrThrow(r.imported_at),
    })),
    total: Number(count.n),
    ...page,
  };
}

export async function findBatch(db: Db, agency: string | null, id: number) {
  let q = db.selectFrom('import_batch').select(['id', 'agency', 'file_name', 'details']).where('id', '=', id);
  if (agency) q = q.where('agency', '=', agency);
  return q.executeTakeFirst();
}

/**
 * The rejected rows under the file's headers plus 错误原因 (as the importer's own rejects file, so it can be
 * fixed and imported again), UTF-8 with a BOM so that Excel opens it in Chinese.
 */
export async function rejectsCsv(db: Db, batch: { id: number; details: unknown }): Promise<string> {
  const rows = await db
    .selectFrom('import_reject')
    .select(['row_number', 'raw', 'reasons'])
    .where('batch_id', '=', batch.id)
    .orderBy('row_number')
    .execute();
  const details = (batch.details ?? {}) as { headers?: unknown };
  const headers = Array.isArray(details.headers) ? details.headers.map(String) : [];
  // Cells under labels the batch did not record (rare) still come out, after the known headers.
  const labels = [...headers];
  for (const r of rows) for (const key of Object.keys((r.raw ?? {}) as object)) if (!labels.includes(key)) labels.push(key);
  const records = rows.map((r) => {
    const raw = (r.raw ?? {}) as Record<string, string>;
    const reasons = (r.reasons ?? []) as { column: string; message: string }[];
    const reason = reasons.map((x) => `「${x.column}」${x.message}`).join('；');
    return [...labels.map((l) => raw[l] ?? ''), reason].map(spreadsheetSafe);
  });
  return `\uFEFF${stringify([[...labels, REJECT_REASON_HEADER].map(spreadsheetSafe), ...records])}`;
}
