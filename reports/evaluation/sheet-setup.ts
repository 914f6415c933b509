// What every sheet of the evaluation workbook shares: A4 landscape, fitted to the page width, header rows
// repeated on each printed page, panes frozen below them, a page-number footer; the styles of its title,
// heads and cells.
import type ExcelJS from 'exceljs';
import { CJK_FONT, THIN_BORDER } from '../tables/grid-xlsx.ts';

export const SHEETS = { summary: '评分汇总', tally: '扣分计算', evidence: '问题清单', scheme: '评分标准' } as const;

export function printableSheet(headRows: number, frozenColumns = 0, extra: { autoFilter?: string } = {}): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headRows}`,
    },
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: headRows }],
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', differentFirst: false, differentOddEven: false },
    ...(extra.autoFilter ? { autoFilter: extra.autoFilter } : {}),
  } as Partial<ExcelJS.AddWorksheetOptions>;
}

export const STYLE = {
  title: { font: { name: CJK_FONT, size: 14, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: CJK_FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  head: {
    font: { name: CJK_FONT, size: 10, bold: true },
    border: THIN_BORDER,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } },
  },
  text: { font: { name: CJK_FONT, size: 10 }, border: THIN_BORDER, alignment: { vertical: 'middle', wrapText: true } },
  number: { font: { name: CJK_FONT, size: 10 }, border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'middle' } },
  total: { font: { name: CJK_FONT, size: 10, bold: true }, border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'middle' } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** A sheet-qualified absolute range, quoted because the sheet names are Chinese. */
export function sheetRange(sheet: string, column: string, first: number, last: number): string {
  return `'${sheet}'!$${column}$${first}:$${column}$${last}`;
}

/** A text literal inside a formula: double quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

export function columnLetter(index1: number): string {
  let n = index1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
