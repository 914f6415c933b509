// The shapes real exports come in: a GBK CSV with Windows line ends from an office-automation system, a
// UTF-8 CSV with a BOM from a website back-end, a plain UTF-8 CSV, and an XLSX with a title row above the
// header. Dates come as 2024-10-08, 2024/10/8 or 2024年10月8日, and in the XLSX as real date cells.
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Rng } from './random.ts';

export type Cell = string | number | boolean | null | { date: string } | { text: string };
export type DateStyle = 'iso' | 'slash' | 'zh';

export function formatDate(day: string | null, style: DateStyle): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  if (style === 'iso') return day;
  if (style === 'slash') return `${y}/${Number(m)}/${Number(d)}`;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** A per-row date style, drawn from its own seeded stream. */
export function dateStyles(name: string, weights: readonly (readonly [DateStyle, number])[]): () => DateStyle {
  const rng = new Rng(`${name}:date-styles`);
  return () => rng.weighted(weights);
}

export const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], eol: '\n' | '\r\n'): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join(eol) + eol;
}

/** UTF-8, optionally with a byte-order mark. */
export function utf8Csv(header: readonly string[], rows: readonly (readonly string[])[], bom: boolean): Buffer {
  return Buffer.from((bom ? '\uFEFF' : '') + toCsv(header, rows, '\n'), 'utf8');
}

/** GBK with CRLF, as a Windows office system exports; refuses any character GBK cannot hold. */
export function gbkCsv(header: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const text = toCsv(header, rows, '\r\n');
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) {
    const bad = [...text].find((ch) => iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') !== ch);
    throw new Error(`character not in GBK: ${bad}`);
  }
  return bytes;
}

// ExcelJS zips through JSZip, which stamps every entry with the current time; a fixed default date
// makes the workbook byte-for-byte the same on every run.
const FIXED_TIME = new Date(Date.UTC(2026, 3, 1, 0, 0, 0));
const requireFromExcelJS = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const JSZip = requireFromExcelJS('jszip') as { defaults: { date: Date | null } };

export interface SheetSpec {
  sheetName: string;
  title: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
  widths?: readonly number[];
  notes?: { sheetName: string; lines: readonly string[] };
}

export async function xlsx(spec: SheetSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai data-samples';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet(spec.sheetName);
  // Row 1: the title an exported register carries, merged across the table; row 2: the header.
  ws.addRow([spec.title]);
  ws.mergeCells(1, 1, 1, spec.header.length);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  const headerRow = ws.addRow([...spec.header]);
  headerRow.font = { bold: true };
  for (const row of spec.rows) {
    const added = ws.addRow(
      row.map((c) => {
        if (c === null) return null;
        if (typeof c === 'object' && 'date' in c) {
          const [y, m, d] = c.date.split('-').map(Number) as [number, number, number];
          return new Date(Date.UTC(y, m - 1, d));
        }
        if (typeof c === 'object' && 'text' in c) return c.text;
        return c;
      }),
    );
    row.forEach((c, i) => {
      if (c !== null && typeof c === 'object' && 'date' in c) added.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  spec.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (spec.notes) {
    const notes = wb.addWorksheet(spec.notes.sheetName);
    for (const line of spec.notes.lines) notes.addRow([line]);
    notes.getColumn(1).width = 90;
  }
  const saved = JSZip.defaults.date;
  JSZip.defaults.date = FIXED_TIME;
  try {
    return Buffer.from(await wb.xlsx.writeBuffer());
  } finally {
    JSZip.defaults.date = saved;
  }
}
