// Importing one ledger file: open it (every file-level problem surfaces here, before any write), then in
// one transaction load its rows into the ledger in batches (load/ledger-loader.ts: COPY for new keys, a
// staged merge for the others) and record rejects. Memory stays flat: rows flow through in batches;
// duplicates and counts are found in SQL, not in maps here.
import path from 'node:path';
import type { Gk } from '../db/connection.ts';
import { ensureAgency } from '../db/agencies.ts';
import { LEDGERS, type LedgerKind } from './ledgers/index.ts';
import { HeaderResolver, extendPlan } from './headers/column-plan.ts';
import { readMappingFile } from './headers/mapping-file.ts';
import { openLedgerTable, type LedgerTable } from './formats/open.ts';
import { sha256File } from './formats/byte-stream.ts';
import type { SourceFormat } from './formats/table.ts';
import { RowConverter, isBlankRow, type AcceptedRow, type RejectedRow } from './rows/convert.ts';
import { inLoadTransaction } from './load/session.ts';
import { LedgerLoader } from './load/ledger-loader.ts';
import type { Duplicate } from './load/merge.ts';
import { closeBatch, openBatch, recordRejects } from './load/provenance.ts';
import { RejectsFile, rejectsPathFor } from './load/rejects-file.ts';

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface ImportOptions {
  agency: string;
  kind: LedgerKind;
  /** The file to read. */
  file: string;
  /** The name the user knows the file by (an upload's original name); defaults to the file's name. */
  originalName?: string;
  mappingFile?: string;
  /** Parse, validate and count, but write nothing (not even the rejects file). */
  dryRun?: boolean;
  user?: string | null;
  /** Where the rejects file goes; beside the input file by default. */
  rejectsDir?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSummary {
  batchId: number | null;
  file: string;
  kind: LedgerKind;
  format: SourceFormat;
  encoding?: string;
  rowsRead: number;
  loaded: number;
  updated: number;
  rejected: number;
  duplicates: { key: string; rows: number[] }[];
  rejectsFile: string | null;
  /** The first REJECTS_LISTED rejected rows. */
  rejects: { row: number; reasons: { column: string; message: string }[] }[];
}

/** Rows staged per COPY. */
export const BATCH_ROWS = 5000;
export const REJECTS_LISTED = 100;
const YIELD_ROWS = 200;

interface Totals {
  read: number;
  rejected: number;
  rejects: ImportSummary['rejects'];
}

export async function importLedgerFile(gk: Gk, options: ImportOptions): Promise<ImportSummary> {
  const ledger = LEDGERS[options.kind];
  const name = options.originalName ?? path.basename(options.file);
  const directory = path.dirname(path.resolve(options.file));
  const mapping = options.mappingFile ? await readMappingFile(options.mappingFile, ledger) : undefined;
  const resolver = new HeaderResolver(ledger, mapping);
  const table = await openLedgerTable(options.file, name, resolver);
  const dryRun = options.dryRun ?? false;
  const rejectsFile = dryRun ? null : new RejectsFile(rejectsPathFor(name, options.rejectsDir ?? directory));

  try {
    // Computed beside the load (in a worker for a large file) and recorded when the batch closes.
    const checksum = sha256File(options.file);
    checksum.catch(() => {}); // awaited below; a failed load must not leave it unheard
    if (!dryRun) await ensureAgency(gk.db, options.agency);
    const outcome = await inLoadTransaction(gk, !dryRun, async (session) => {
      // A dry run loads too (for true counts) and rolls back; the agency and batch it needs go with it.
      if (dryRun) await session.query(`insert into agency (code, name) values ($1, $1) on conflict (code) do nothing`, [options.agency]);
      const batchId = await openBatch(session, {
        agency: options.agency,
        kind: options.kind,
        format: table.format,
        fileName: name,
        user: options.user ?? null,
        details: batchDetails(table, name),
      });
      const loader = await LedgerLoader.open(session, ledger, { agency: options.agency, batchId }, () => presentColumns(table));
      const converter = new RowConverter(ledger, table.plan, { directory });
      const totals = await loadAll(table, converter, resolver, loader, {
        recordRejects: dryRun ? null : (labels, rows) => recordRejects(session, batchId, labels, rows),
        rejectsFile,
        onProgress: options.onProgress,
      });
      const duplicates = await loader.duplicates();
      const counts = { read: totals.read, loaded: loader.loaded, updated: loader.updated, rejected: totals.rejected };
      if (!dryRun) {
        await closeBatch(session, batchId, counts, await checksum, {
          ...batchDetails(table, name),
          duplicateKeys: duplicates.keys,
          supersededRows: loader.superseded,
          rejectsFile: rejectsFile?.written ? rejectsFile.file : null,
        });
      }
      return { batchId: dryRun ? null : batchId, counts, totals, duplicates: duplicates.listed };
    });
    // A rejects file left by an earlier import of this file would now mislead.
    if (rejectsFile && !rejectsFile.written) await rejectsFile.removeStale();
    await rejectsFile?.close();
    return {
      batchId: outcome.batchId,
      file: name,
      kind: options.kind,
      format: table.format,
      ...(table.encoding ? { encoding: table.encoding } : {}),
      rowsRead: outcome.counts.read,
      loaded: outcome.counts.loaded,
      updated: outcome.counts.updated,
      rejected: outcome.counts.rejected,
      duplicates: outcome.duplicates satisfies Duplicate[],
      rejectsFile: rejectsFile?.written ? rejectsFile.file : null,
      rejects: outcome.totals.rejects,
    };
  } catch (error) {
    await rejectsFile?.discard();
    throw error;
  } finally {
    await table.close();
  }
}

/** What import_batch.details records about the file. */
function batchDetails(table: LedgerTable, originalName: string): Record<string, unknown> {
  return {
    originalName,
    encoding: table.encoding,
    sheet: table.sheet,
    headerRow: table.headerRow,
    headers: table.plan.columns.map((c) => c.label),
    // The rules engine reads which canonical columns the file had (did it have 申请内容 at all?).
    columns: table.plan.present.map((f) => f.english),
    extraColumns: table.plan.columns.filter((c) => c.role.role === 'extra').map((c) => c.label),
    shadowedColumns: table.plan.shadowed,
    figures: table.plan.columns.filter((c) => c.role.role === 'figure').length,
  };
}

/** The ledger columns the file has values for: an update leaves the others as they were. */
function presentColumns(table: LedgerTable): Set<string> {
  const present = new Set(table.plan.present.map((f) => f.column));
  if (present.has('published_at')) present.add('published_on');
  if (table.plan.columns.some((c) => c.role.role === 'figure')) present.add('figures');
  return present;
}

async function loadAll(
  table: LedgerTable,
  converter: RowConverter,
  resolver: HeaderResolver,
  loader: LedgerLoader,
  sinks: {
    recordRejects: ((labels: string[], rows: RejectedRow[]) => Promise<void>) | null;
    rejectsFile: RejectsFile | null;
    onProgress?: (p: ImportProgress) => void;
  },
): Promise<Totals> {
  const totals: Totals = { read: 0, rejected: 0, rejects: [] };
  let accepted: AcceptedRow[] = [];
  let rejected: RejectedRow[] = [];
  const labels = () => table.plan.columns.map((c) => c.label);
  // One batch goes to the database while the next is parsed (PostgreSQL works on the other core); at most
  // two batches are in memory at once.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const loading = accepted;
    const refused = rejected;
    accepted = [];
    rejected = [];
    const previous = inFlight;
    inFlight = previous.then(async () => {
      await loader.load(loading);
      if (refused.length > 0) {
        await sinks.recordRejects?.(labels(), refused);
        await sinks.rejectsFile?.write(labels(), refused);
      }
    });
    // Handled where it is awaited; this only keeps an early failure from counting as unhandled.
    inFlight.catch(() => {});
    await previous;
    sinks.onProgress?.({ rowsRead: totals.read, bytesRead: table.counter.bytes, bytesTotal: table.bytesTotal });
  };
  for await (const chunk of table.rows) {
    for (const source of chunk) {
      if (isBlankRow(source)) continue;
      if (table.headers.length > table.plan.columns.length) {
        extendPlan(resolver, table.plan, table.headers);
        converter.refreshLabels();
      }
      totals.read += 1;
      const converted = converter.convert(source);
      const result = converted instanceof Promise ? await converted : converted;
      if (result.ok) accepted.push(result);
      else {
        rejected.push(result);
        totals.rejected += 1;
        if (totals.rejects.length < REJECTS_LISTED) totals.rejects.push({ row: result.row, reasons: result.reasons });
      }
      if (accepted.length + rejected.length >= BATCH_ROWS) await flush();
      // Let the event loop hand the server the next part of the batch in flight (a socket write goes on
      // only between tasks): without this, PostgreSQL waits while a chunk of rows is converted.
      else if (totals.read % YIELD_ROWS === 0) await new Promise(setImmediate);
    }
  }
  await flush();
  await inFlight;
  sinks.onProgress?.({ rowsRead: totals.read, bytesRead: table.bytesTotal, bytesTotal: table.bytesTotal });
  return totals;
}
