// ExcelJS's streaming writer zips the sheets in the order they are added and lists the tabs in that same
// order. The evaluation workbook wants two different orders: the evidence list (up to 100k rows) streamed
// into the zip first, while the scores are still being computed, and the summary (which needs the scores)
// as the first tab. The writer keeps its sheets in a list indexed by id and reads that list, in its
// order, for every part that names the tabs (workbook.xml with its print titles, the workbook's
// relationships, the content types, docProps/app.xml); a sheet's id only names its file (sheetN.xml).
// So the list, reordered once every sheet has been added, sets the tab order and nothing else.
// tests/reports/tab-order.test.ts fails if the writer (pinned) ever stops working this way.
import type ExcelJS from 'exceljs';

interface SheetList {
  _worksheets?: (ExcelJS.Worksheet | undefined)[];
}

/** Lists the workbook's tabs in this order. Call after the last addWorksheet: no sheet may be added later. */
export function setTabOrder(workbook: ExcelJS.stream.xlsx.WorkbookWriter, tabs: ExcelJS.Worksheet[]): void {
  const writer = workbook as unknown as SheetList;
  const sheets = writer._worksheets?.filter((s): s is ExcelJS.Worksheet => s !== undefined);
  if (!sheets || sheets.length !== tabs.length || new Set(tabs).size !== tabs.length || !tabs.every((t) => sheets.includes(t))) {
    throw new Error('setTabOrder: name every sheet of the workbook once (or ExcelJS keeps its sheets differently now)');
  }
  // Index 0 stays a hole, as in the writer's own list (ids start at 1; the writer maps over the list).
  const list: ExcelJS.Worksheet[] = [];
  tabs.forEach((tab, i) => (list[i + 1] = tab));
  writer._worksheets = list;
}
