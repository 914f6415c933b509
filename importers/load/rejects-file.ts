// The rejects file: the rejected rows under the file's own headers plus 错误原因, as UTF-8 CSV with a BOM
// (so Excel opens it in Chinese), for the user to fix and import again (错误原因 is ignored then).
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { REJECT_REASON_HEADER } from '../headers/column-plan.ts';
import type { RejectedRow } from '../rows/convert.ts';

export function rejectsPathFor(inputName: string, directory: string): string {
  const base = path.basename(inputName).replace(/\.[^.]+$/, '');
  return path.join(directory, `${base}.rejects.csv`);
}

export function reasonText(rejected: RejectedRow): string {
  return rejected.reasons.map((r) => `「${r.column}」${r.message}`).join('；');
}

export class RejectsFile {
  private stream: WriteStream | null = null;

  constructor(readonly file: string) {}

  /** Appends rows; the file (and its header line) is created with the first of them. */
  async write(labels: readonly string[], rows: readonly RejectedRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (!this.stream) {
      await mkdir(path.dirname(this.file), { recursive: true });
      this.stream = createWriteStream(this.file);
      this.stream.write(`\uFEFF${stringify([[...labels, REJECT_REASON_HEADER]])}`);
    }
    const width = labels.length;
    // The reason goes right after the header's columns; cells past the header (rare) follow it.
    const records = rows.map((r) => {
      const own = Array.from({ length: width }, (_, c) => r.cells[c] ?? '');
      return [...own, reasonText(r), ...r.cells.slice(width)];
    });
    if (!this.stream.write(stringify(records))) await once(this.stream, 'drain');
  }

  get written(): boolean {
    return this.stream !== null;
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    const stream = this.stream;
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }

  /** Removes a rejects file an earlier import of the same file left, when this one rejected nothing. */
  async removeStale(): Promise<void> {
    if (!this.stream) await rm(this.file, { force: true });
  }

  /** An import that failed leaves no rejects file behind. */
  async discard(): Promise<void> {
    if (!this.stream) return;
    await this.close().catch(() => {});
    await rm(this.file, { force: true });
    this.stream = null;
  }
}
