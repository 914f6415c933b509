// A streamed CSV writer: rows are joined into ~1 MB chunks and written with back-pressure, so memory stays
// flat whatever the file's size. RFC 4180 quoting; UTF-8 without BOM; "\n" line ends.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const NEEDS_QUOTES = /[",\n\r]/;

export type Cell = string | number | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class CsvWriter {
  private readonly out: WriteStream;
  private chunk: string[] = [];
  private size = 0;
  rows = 0;

  constructor(file: string, headers: readonly string[]) {
    this.out = createWriteStream(file);
    this.chunk.push(`${headers.map(csvCell).join(',')}\n`);
  }

  /** Queues a row; await the result only every so often (it resolves at once unless a flush is due). */
  async row(cells: readonly Cell[]): Promise<void> {
    let line = '';
    for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + csvCell(cells[i]);
    line += '\n';
    this.chunk.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.chunk.length === 0) return;
    const text = this.chunk.join('');
    this.chunk = [];
    this.size = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}
