// The annual report's tables as an Excel workbook in the official layout: one sheet per part (each
// prints on its own landscape A4 page with its heads repeated) and a sheet of checks against the
// published report.
import ExcelJS from 'exceljs';
import { computedLookup, type AnnualReport } from './annual-report.ts';
import { officialTables } from './official-tables.ts';
import { reportNotes, reportTitle } from './report-notes.ts';
import { CJK_FONT, THIN_BORDER, writeGrid } from '../tables/grid-xlsx.ts';
import { safeText } from '../tables/safe-text.ts';
import type { TableGrid } from '../tables/grid.ts';

const SHEET_NAMES = ['二、主动公开', '三、依申请公开', '四、复议诉讼'];

function pageSetup(printTitlesRow: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow,
  };
}

function addPartSheet(workbook: ExcelJS.Workbook, name: string, title: string, grid: TableGrid) {
  const headEnd = 2 + grid.headRows;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: pageSetup(`1:${headEnd}`),
    views: [{ state: 'frozen', ySplit: headEnd }],
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  sheet.columns = grid.widths.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, grid.columns);
  sheet.getCell(1, 1).value = safeText(title);
  sheet.getCell(1, 1).style = { font: { name: CJK_FONT, size: 14, bold: true }, alignment: { horizontal: 'center' } };
  sheet.mergeCells(2, 1, 2, grid.columns);
  sheet.getCell(2, 1).value = grid.heading;
  sheet.getCell(2, 1).style = { font: { name: CJK_FONT, size: 12, bold: true } };
  writeGrid(sheet, grid, 3);
}

function addChecksSheet(workbook: ExcelJS.Workbook, report: AnnualReport, title: string) {
  const sheet = workbook.addWorksheet('核对', {
    pageSetup: { ...pageSetup('1:1'), orientation: 'portrait' },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [{ width: 46 }, { width: 12 }, { width: 12 }, { width: 12 }];
  sheet.mergeCells(1, 1, 1, 4);
  sheet.getCell(1, 1).value = safeText(`${title}：数据说明与核对`);
  sheet.getCell(1, 1).font = { name: CJK_FONT, size: 14, bold: true };
  const notes = reportNotes(report);
  const paragraph = (text: string, bold = false) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.height = Math.max(18, Math.ceil(text.length / 40) * 16);
    row.getCell(1).style = { font: { name: CJK_FONT, size: 10, bold }, alignment: { wrapText: true, vertical: 'top' } };
  };
  paragraph('数据来源', true);
  notes.source.forEach((t) => paragraph(t));
  paragraph('勾稽关系', true);
  notes.computedChecks.forEach((t) => paragraph(t));
  paragraph('与已发布报告核对', true);
  notes.publishedChecks.forEach((t) => paragraph(t));
  if (report.differences.length > 0) {
    const head = sheet.addRow(['项目', '已发布', '台账计算', '差额']);
    head.eachCell((c) => (c.style = { font: { name: CJK_FONT, bold: true }, border: THIN_BORDER, alignment: { horizontal: 'center' } }));
    for (const d of report.differences) {
      const n = sheet.rowCount + 1;
      const row = sheet.addRow([d.key, d.published, d.computed, { formula: `B${n}-C${n}`, result: d.published - d.computed }]);
      row.eachCell((c) => (c.style = { font: { name: CJK_FONT }, border: THIN_BORDER }));
    }
  }
}

export function annualReportWorkbook(report: AnnualReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai 公开';
  workbook.title = reportTitle(report);
  const title = reportTitle(report);
  officialTables(computedLookup(report)).forEach((grid, i) => addPartSheet(workbook, SHEET_NAMES[i]!, title, grid));
  addChecksSheet(workbook, report, title);
  return workbook;
}

export async function annualReportXlsx(report: AnnualReport): Promise<Buffer> {
  return Buffer.from(await annualReportWorkbook(report).xlsx.writeBuffer());
}
