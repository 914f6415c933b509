// The inspection record as an Excel workbook to print: a cover sheet (heading, the per-section summary,
// the leader's signature), then the counts by rule, the findings per section and the rectification items,
// each sheet A4 with its title and column heads repeated on every page and frozen below them. Every text
// from a ledger or a user goes through safeText (formula injection).
import ExcelJS from 'exceljs';
import type { InspectionRecord } from './record.ts';
import { headingLines, recordTitle, rectificationGrid, rulesGrid, signatureLines, findingsGrid, summaryGrid } from './grids.ts';
import { writeGrid } from '../tables/grid-xlsx.ts';
import type { TableGrid } from '../tables/grid.ts';
import { safeText } from '../tables/safe-text.ts';
import { LINE_HEIGHT, wrappedLines } from '../tables/text-width.ts';
import { printableSheet, STYLE } from '../evaluation/sheet-setup.ts';

export const RECORD_SHEETS = { cover: '检查记录', rules: '分规则统计', findings: '问题清单', rectification: '整改跟踪' } as const;

/** One merged line across the grid's width. */
function line(sheet: ExcelJS.Worksheet, row: number, columns: number, value: string, style: Partial<ExcelJS.Style>): void {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = safeText(value);
  cell.style = style;
  const width = (sheet.columns ?? []).reduce((sum, c) => sum + (c.width ?? 8), 0);
  sheet.getRow(row).height = Math.max(20, wrappedLines(value, width) * LINE_HEIGHT + 4);
}

/** Rows of wrapped text get a height that shows every line (LibreOffice and WPS do not size them). */
function fitRowHeights(sheet: ExcelJS.Worksheet, grid: TableGrid, firstRow: number): void {
  const lines = new Map<number, number>();
  for (const cell of grid.cells) {
    if (cell.colSpan !== 1 || cell.rowSpan !== 1 || typeof cell.value !== 'string') continue;
    lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, wrappedLines(cell.value, grid.widths[cell.col]!)));
  }
  for (const [row, n] of lines) if (n > 1) sheet.getRow(firstRow + row).height = n * LINE_HEIGHT + 4;
}

/** A sheet of one grid: the record's title, lines before the grid, its heading, the grid; returns the next row. */
function addGridSheet(workbook: ExcelJS.Workbook, name: string, title: string, grid: TableGrid, before: string[] = []) {
  const gridRow = 3 + before.length;
  const sheet = workbook.addWorksheet(name, printableSheet(gridRow - 1 + grid.headRows));
  sheet.columns = grid.widths.map((width) => ({ width }));
  line(sheet, 1, grid.columns, title, STYLE.title);
  before.forEach((text, i) => line(sheet, 2 + i, grid.columns, text, STYLE.subtitle));
  line(sheet, gridRow - 1, grid.columns, grid.heading, { font: { ...STYLE.title.font, size: 11 } });
  const next = writeGrid(sheet, grid, gridRow);
  fitRowHeights(sheet, grid, gridRow);
  return { sheet, next };
}

export function inspectionRecordWorkbook(record: InspectionRecord): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const title = recordTitle(record);
  workbook.creator = 'Gongkai 公开';
  workbook.title = title;
  const summary = summaryGrid(record, safeText);
  const cover = addGridSheet(workbook, RECORD_SHEETS.cover, title, summary, headingLines(record));
  cover.sheet.pageSetup.orientation = 'portrait';
  signatureLines(record).forEach((text, i) => line(cover.sheet, cover.next + 1 + i, summary.columns, text, { ...STYLE.subtitle, font: { ...STYLE.subtitle.font, size: 12 } }));
  addGridSheet(workbook, RECORD_SHEETS.rules, title, rulesGrid(record, safeText));
  addGridSheet(workbook, RECORD_SHEETS.findings, title, findingsGrid(record, safeText));
  addGridSheet(workbook, RECORD_SHEETS.rectification, title, rectificationGrid(record, safeText));
  return workbook;
}

export async function inspectionRecordXlsx(record: InspectionRecord): Promise<Buffer> {
  return Buffer.from(await inspectionRecordWorkbook(record).xlsx.writeBuffer());
}
