// Renders a TableGrid as a Word table (docx): merged cells through columnSpan and rowSpan (docx adds the
// continuation cells of a vertical merge itself), head rows repeated on each page, widths scaled to the
// text width of the page; alert cells in bold red on a light red shading.
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { GridCell, TableGrid } from './grid.ts';

export const DOCX_FONT = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
/** 9 pt, in half-points. */
const TABLE_FONT_SIZE = 18;

function cellParagraph(cell: GridCell): Paragraph {
  const text = cell.value === null ? '' : String(cell.value);
  return new Paragraph({
    alignment: cell.role === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: [
      new TextRun({ text, bold: cell.role === 'head' || cell.alert, color: cell.alert ? 'C00000' : undefined, size: TABLE_FONT_SIZE, font: DOCX_FONT }),
    ],
  });
}

export function gridTable(grid: TableGrid, textWidthTwips: number): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.widths.map((w) => Math.floor((w / total) * textWidthTwips));
  const spanWidth = (cell: GridCell) => columnWidths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);

  const rows: TableRow[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const starting = grid.cells.filter((c) => c.row === r);
    rows.push(
      new TableRow({
        tableHeader: r < grid.headRows,
        cantSplit: true,
        children: starting.map(
          (cell) =>
            new TableCell({
              children: [cellParagraph(cell)],
              columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
              rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
              verticalAlign: VerticalAlignTable.CENTER,
              shading: cell.alert ? { type: ShadingType.CLEAR, color: 'auto', fill: 'FDE2E1' } : undefined,
              width: { size: spanWidth(cell), type: WidthType.DXA },
            }),
        ),
      }),
    );
  }
  return new Table({ rows, columnWidths, width: { size: textWidthTwips, type: WidthType.DXA } });
}
