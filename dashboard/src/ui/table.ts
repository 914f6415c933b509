// A data table from column definitions: each cell is text or a node built by the column, never markup.
import { el } from './dom.ts';

export interface Column<T> {
  label: string;
  cell: (row: T) => Node | string | number | null;
  class?: string;
}

export interface TableOptions<T> {
  onRowClick?: (row: T, tr: HTMLTableRowElement) => void;
  rowClass?: (row: T) => string | null;
  empty?: string;
  caption?: string;
}

export function dataTable<T>(columns: Column<T>[], rows: readonly T[], options: TableOptions<T> = {}): HTMLTableElement {
  const table = el('table', { class: `data${options.onRowClick ? ' clickable' : ''}` });
  if (options.caption) table.append(el('caption', null, options.caption));
  table.append(el('thead', null, el('tr', null, ...columns.map((c) => el('th', { class: c.class ?? '', attrs: { scope: 'col' } }, c.label)))));
  const body = el('tbody');
  if (rows.length === 0) {
    body.append(el('tr', null, el('td', { class: 'empty', attrs: { colspan: columns.length } }, options.empty ?? '没有数据')));
  }
  for (const row of rows) {
    const tr = el('tr', { class: options.rowClass?.(row) ?? '' });
    for (const column of columns) {
      const value = column.cell(row);
      tr.append(el('td', { class: column.class ?? '' }, value === null ? '—' : value));
    }
    if (options.onRowClick) {
      tr.tabIndex = 0;
      tr.addEventListener('click', () => options.onRowClick!(row, tr));
      tr.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') options.onRowClick!(row, tr);
      });
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}
