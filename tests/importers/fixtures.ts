// Ledger files written the way real exports are, in real formats: CSV in UTF-8 (with or without BOM),
// GBK or UTF-16; XLSX through ExcelJS (title rows, merged headers, dates, formulas); JSON arrays and
// lines; Arrow IPC files and streams. Every test writes its own into a temporary folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { stringify } from 'csv-stringify/sync';
import { DateDay, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { Gk } from '../../db/connection.ts';

export type Cell = string | number | Date | null | { formula: string; result: unknown };
export type Rows = Cell[][];

export async function tempFolder(prefix: string): Promise<{ dir: string; file(name: string): string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `gk-${prefix}-`));
  return { dir, file: (name) => path.join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}

const asText = (cell: Cell): string =>
  cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : typeof cell === 'object' ? String(cell.result) : String(cell);

export function csvText(rows: Rows, delimiter = ','): string {
  return stringify(rows.map((r) => r.map(asText)), { delimiter });
}

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le';

export async function writeCsv(file: string, rows: Rows, encoding: CsvEncoding = 'utf-8-bom'): Promise<string> {
  const text = csvText(rows, encoding === 'utf-16le' ? '\t' : ',');
  const bytes =
    encoding === 'gbk'
      ? iconv.encode(text, 'gbk')
      : encoding === 'utf-16le'
        ? iconv.encode(text, 'utf-16le', { addBOM: true })
        : Buffer.from(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text, 'utf8');
  await writeFile(file, bytes);
  return file;
}

export interface SheetSpec {
  name: string;
  rows: Rows;
  merges?: string[];
  /** Number formats by cell address, e.g. { D5: 'yyyy-mm-dd' } for a serial shown as a date. */
  formats?: Record<string, string>;
}

export async function writeXlsx(file: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row.map((c) => (c === null ? null : c)));
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [address, format] of Object.entries(spec.formats ?? {})) sheet.getCell(address).numFmt = format;
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

function records(rows: Rows): Record<string, unknown>[] {
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i] === undefined ? null : asJson(r[i]!)])));
}

const asJson = (cell: Cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell !== null && typeof cell === 'object' ? cell.result : cell);

export async function writeJson(file: string, rows: Rows, lines = false): Promise<string> {
  const objects = records(rows);
  await writeFile(file, lines ? objects.map((o) => JSON.stringify(o)).join('\n') + '\n' : JSON.stringify(objects, null, 2));
  return file;
}

/** Columns of Dates become Arrow dates (DateDay); all others UTF-8 strings. */
export async function writeArrow(file: string, rows: Rows, format: 'file' | 'stream' = 'file'): Promise<string> {
  const [header, ...data] = rows;
  const columns: Record<string, Vector> = {};
  header!.forEach((h, i) => {
    const values = data.map((r) => r[i] ?? null);
    const isDate = values.some((v) => v instanceof Date);
    columns[String(h)] = isDate
      ? vectorFromArray(values as (Date | null)[], new DateDay())
      : vectorFromArray(values.map((v) => (v === null ? null : asText(v))), new Utf8());
  });
  await writeFile(file, tableToIPC(new Table(columns), format));
  return file;
}

/** A minimal .docx (what mammoth reads): one paragraph per line. */
export async function writeDocx(file: string, lines: string[]): Promise<string> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

// ---- sample ledgers ------------------------------------------------------------------------------

export const DOCUMENT_HEADER = ['记录编号', '科室', '文号', '标题', '类型', '信息类别', '形成日期', '公开属性', '不公开理由', '发布日期', '链接', '备注'];

const SECTIONS = ['办公室', '安全生产科', '应急管理科', '执法大队', '防汛防台办'];
const TITLES = ['关于开展安全生产大检查的通知', '区应急预案（2024年修订）', '防汛防台工作部署', '行政处罚决定书', '年度执法检查计划'];
const ATTRIBUTES = ['主动公开', '依申请公开', '不予公开'];

/** n documents with dates as Date objects (so each format writes them in its own way). */
export function documentRows(n: number, prefix = 'D'): Rows {
  const rows: Rows = [DOCUMENT_HEADER];
  for (let i = 0; i < n; i++) {
    const formed = new Date(Date.UTC(2024, 0, 2 + i));
    const attribute = ATTRIBUTES[i % 3]!;
    rows.push([
      `${prefix}${String(i + 1).padStart(4, '0')}`,
      SECTIONS[i % SECTIONS.length]!,
      `普应急〔2024〕${i + 1}号`,
      TITLES[i % TITLES.length]!,
      '公文',
      '其他',
      formed,
      attribute,
      attribute === '不予公开' ? '属于过程性信息' : null,
      attribute === '主动公开' ? new Date(Date.UTC(2024, 0, 10 + i)) : null,
      attribute === '主动公开' ? `https://yjj.example.gov.cn/${i + 1}` : null,
      i % 2 === 0 ? `备注${i}` : null,
    ]);
  }
  return rows;
}

export const REQUEST_HEADER = ['申请编号', '申请人类型', '提交方式', '提交日期', '收到日期', '答复日期', '办理结果', '收费金额', '申请内容'];

// ---- reading back --------------------------------------------------------------------------------

export async function countRows(gk: Gk, table: 'document' | 'request' | 'publication' | 'annual_report' | 'import_batch' | 'import_reject', agency?: string) {
  let query = gk.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (agency && table !== 'import_reject') query = query.where('agency', '=', agency);
  if (agency && table === 'import_reject') {
    query = query.where('batch_id', 'in', gk.db.selectFrom('import_batch').select('id').where('agency', '=', agency));
  }
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** A ledger's rows without provenance (batch and source row differ between files of one content). */
export async function ledgerContents(gk: Gk, table: 'document' | 'request' | 'publication' | 'annual_report', agency: string) {
  const rows = (await gk.db.selectFrom(table).selectAll().where('agency', '=', agency).execute()) as Record<string, unknown>[];
  return rows
    .map(({ agency: _a, batch_id: _b, source_row: _s, ...rest }) => rest)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
