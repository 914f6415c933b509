// The findings list as an xlsx workbook, written in the browser with ExcelJS's browser build, which is
// loaded only when someone exports (load-exceljs.ts).
import type { Finding } from '../api/types.ts';
import { loadExcelJs } from './load-exceljs.ts';
import { FINDING_COLUMNS } from './findings-sheet.ts';
import { safeCell } from './spreadsheet-safe.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function findingsXlsx(findings: readonly Finding[], title: string): Promise<Blob> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公开 Gongkai';
  const sheet = workbook.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([safeCell(title)]).font = { bold: true, size: 13 };
  const header = sheet.addRow(FINDING_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  FINDING_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  for (const finding of findings) sheet.addRow(FINDING_COLUMNS.map((c) => safeCell(c.value(finding))));
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: FINDING_COLUMNS.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
