// Renders a TableGrid onto an ExcelJS worksheet: values, merges, borders on every cell of a merged area
// (Excel draws a merged area's border from its member cells), heads bold and centred, text wrapped, alert
// cells red on a light red fill.
import type ExcelJS from 'exceljs';
import type { GridCell, TableGrid } from './grid.ts';

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const CJK_FONT = '宋体';

const ALERT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };

function styleFor(role: GridCell['role'], alert = false): Partial<ExcelJS.Style> {
  return {
    font: { name: CJK_FONT, size: 10, bold: role === 'head' || alert, ...(alert ? { color: { argb: 'FFC00000' } } : {}) },
    ...(alert ? { fill: ALERT_FILL } : {}),
    border: THIN_BORDER,
    alignment: {
      horizontal: role === 'label' ? 'left' : 'center',
      vertical: 'middle',
      wrapText: true,
    },
  };
}

/** Writes the grid with its top-left corner at (firstRow, 1); returns the first row after it. */
export function writeGrid(sheet: ExcelJS.Worksheet, grid: TableGrid, firstRow: number): number {
  for (const cell of grid.cells) {
    const top = firstRow + cell.row;
    const left = 1 + cell.col;
    const style = styleFor(cell.role, cell.alert);
    // Style every member of the area first: merging keeps the members' own borders.
    for (let r = top; r < top + cell.rowSpan; r++) {
      for (let c = left; c < left + cell.colSpan; c++) sheet.getCell(r, c).style = style;
    }
    if (cell.rowSpan > 1 || cell.colSpan > 1) sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
    sheet.getCell(top, left).value = cell.value;
  }
  return firstRow + grid.rows;
}
