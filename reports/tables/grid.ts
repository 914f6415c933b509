// A printed table as data: cells placed on a grid with row and column spans. The annual report's official
// tables are built once in this form and rendered by the xlsx and docx writers alike, so the two outputs
// cannot drift apart.
export type CellRole = 'head' | 'label' | 'figure';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  value: string | number | null;
  role: CellRole;
  /** Printed to stand out (e.g. a rectification past its deadline). */
  alert?: boolean;
}

export interface TableGrid {
  /** The part's heading, e.g. 三、收到和处理政府信息公开申请情况. */
  heading: string;
  rows: number;
  columns: number;
  /** Column widths in character units (Excel's measure); docx scales them to the page. */
  widths: number[];
  /** How many leading rows are column heads (repeated on each printed page). */
  headRows: number;
  cells: GridCell[];
}

/** Builds a grid cell by cell; `put` takes 0-based positions and optional spans. */
export class GridBuilder {
  private readonly cells: GridCell[] = [];
  private rowCount = 0;

  constructor(
    private readonly heading: string,
    private readonly widths: number[],
  ) {}

  put(row: number, col: number, value: GridCell['value'], role: CellRole, span: { rows?: number; cols?: number; alert?: boolean } = {}): this {
    const cell: GridCell = { row, col, rowSpan: span.rows ?? 1, colSpan: span.cols ?? 1, value, role };
    if (span.alert) cell.alert = true;
    if (col + cell.colSpan > this.widths.length) throw new Error(`${this.heading}: cell at ${row},${col} leaves the table`);
    this.cells.push(cell);
    this.rowCount = Math.max(this.rowCount, row + cell.rowSpan);
    return this;
  }

  build(headRows: number): TableGrid {
    return {
      heading: this.heading,
      rows: this.rowCount,
      columns: this.widths.length,
      widths: this.widths,
      headRows,
      cells: [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col),
    };
  }
}
