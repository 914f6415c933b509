// Opening a ledger file whatever its format: the reader for its bytes, the sheet and header row that hold
// the ledger, and the plan of its columns. Every file-level problem is found here, before anything is
// written, and named with the file (and the column).
import { stat } from 'node:fs/promises';
import { fileHead } from './byte-stream.ts';
import { detectFormat } from './detect.ts';
import { encodingLabel } from './encoding.ts';
import { openCsv } from './csv.ts';
import type { ByteCounter, RowChunks, Sheet, SourceFormat } from './table.ts';
import { ImportFileError } from '../errors.ts';
import { describeMissing, planColumns, type ColumnPlan, type HeaderResolver } from '../headers/column-plan.ts';
import { HEADER_SCAN_ROWS, locateHeader, type HeaderCandidate } from '../headers/header-row.ts';
import { LEDGER_NAMES } from '../ledgers/index.ts';

export interface LedgerTable {
  format: SourceFormat;
  encoding: string | null;
  sheet: string | null;
  headerRow: number | null;
  /** The header row as written; for JSON it grows when a later record brings a new key. */
  headers: string[];
  plan: ColumnPlan;
  rows: RowChunks;
  bytesTotal: number;
  counter: ByteCounter;
  close(): Promise<void>;
}

function emptyFile(name: string): ImportFileError {
  return new ImportFileError(name, '文件为空，没有任何数据', 'empty file');
}

function missingColumns(name: string, resolver: HeaderResolver, plan: ColumnPlan, where = '', note = ''): ImportFileError {
  const { chinese, english } = describeMissing(plan.missing);
  return new ImportFileError(
    name,
    `${where}缺少必填列${chinese}，无法作为${LEDGER_NAMES[resolver.ledger.kind]}导入${note}`,
    `missing required column ${english}`,
  );
}

export async function openLedgerTable(file: string, name: string, resolver: HeaderResolver): Promise<LedgerTable> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new ImportFileError(name, '找不到文件或无法读取', 'file not found or unreadable');
  }
  if (size === 0) throw emptyFile(name);
  const head = await fileHead(file, 64);
  const format = detectFormat(name, head);
  const counter: ByteCounter = { bytes: 0 };
  const base = { format, bytesTotal: size, counter };

  if (format === 'csv' || format === 'xlsx') {
    let encoding: string | null = null;
    let sheets: AsyncIterable<Sheet>;
    let close = async () => {};
    if (format === 'csv') {
      const csv = await openCsv(file, name, counter);
      encoding = encodingLabel(csv.encoding);
      sheets = (async function* () {
        yield csv.sheet;
      })();
    } else {
      // ExcelJS, stream-json and apache-arrow are loaded when a file needs them: every gongkai command
      // loads this module, and most never read a workbook.
      const { openXlsx } = await import('./xlsx.ts');
      const xlsx = openXlsx(file, name, counter);
      sheets = xlsx;
      close = async () => xlsx.close();
    }
    let best: { candidate: HeaderCandidate; sheet: string | null } | null = null;
    try {
      for await (const sheet of sheets) {
        const search = await locateHeader(resolver, sheet.rows);
        if (search.found) {
          const plan = planColumns(resolver, search.headers);
          return { ...base, encoding, sheet: sheet.name, headerRow: search.headerRow, headers: search.headers, plan, rows: search.rows, close };
        }
        if (search.best && (!best || search.best.found > best.candidate.found)) best = { candidate: search.best, sheet: sheet.name };
        // Not this sheet: read past the rest of it to reach the next one.
        for await (const _chunk of search.rows);
      }
    } catch (error) {
      await close();
      throw error;
    }
    await close();
    if (!best) throw emptyFile(name);
    const plan = planColumns(resolver, best.candidate.headers);
    const where = best.sheet && format === 'xlsx' ? `工作表「${best.sheet}」` : '';
    const note = format === 'xlsx' ? `（已查看每个工作表的前 ${HEADER_SCAN_ROWS} 行）` : '';
    throw missingColumns(name, resolver, plan, where, note);
  }

  if (format === 'json') {
    const { openJson } = await import('./json.ts');
    const json = await openJson(file, name, counter);
    if (json.table.headers.length === 0) {
      // Bytes but no object: "[]", or a single pretty-printed object read as JSON lines.
      throw new ImportFileError(name, '文件为空，或其中没有可读的记录：JSON 应为对象数组，或每行一个对象（JSON Lines）', 'empty file or no JSON records');
    }
    const plan = planColumns(resolver, json.table.headers);
    if (plan.missing.length > 0) throw missingColumns(name, resolver, plan);
    return { ...base, encoding: encodingLabel(json.encoding), sheet: null, headerRow: null, headers: json.table.headers, plan, rows: json.table.rows, close: async () => {} };
  }

  const { openArrow } = await import('./arrow.ts');
  const arrow = await openArrow(file, name, counter, head, size);
  if (arrow.headers.length === 0) {
    await arrow.close();
    throw emptyFile(name);
  }
  const plan = planColumns(resolver, arrow.headers);
  if (plan.missing.length > 0) {
    await arrow.close();
    throw missingColumns(name, resolver, plan);
  }
  return { ...base, encoding: null, sheet: null, headerRow: null, headers: arrow.headers, plan, rows: arrow.rows, close: arrow.close };
}
