// Sources of keyed records (JSON objects) as rows of cells under one header list. The headers are the
// keys of the first records, in the order first seen; a key that turns up later joins the list.
import { CHUNK_ROWS, type RowChunks, type SourceRow } from './table.ts';

/** How many records the header list is gathered from before rows flow. */
const HEADER_LOOKAHEAD = 100;

export interface KeyedRecord {
  row: number;
  record: Record<string, unknown> | null;
  problem?: string;
}

export interface KeyedRows {
  /** Grows when a later record brings a new key. */
  headers: string[];
  rows: RowChunks;
}

export async function keyedRows(records: AsyncIterator<KeyedRecord>): Promise<KeyedRows> {
  const headers: string[] = [];
  const position = new Map<string, number>();
  const learn = (record: Record<string, unknown> | null) => {
    if (!record) return;
    for (const key of Object.keys(record)) {
      if (!position.has(key)) {
        position.set(key, headers.length);
        headers.push(key);
      }
    }
  };
  const buffered: KeyedRecord[] = [];
  while (buffered.length < HEADER_LOOKAHEAD) {
    const next = await records.next();
    if (next.done) break;
    buffered.push(next.value);
    learn(next.value.record);
  }
  const toRow = ({ row, record, problem }: KeyedRecord): SourceRow => {
    learn(record);
    const cells = new Array<unknown>(headers.length).fill(null);
    if (record) for (const [key, value] of Object.entries(record)) cells[position.get(key)!] = value;
    return problem ? { row, cells, problem } : { row, cells };
  };
  async function* rows(): AsyncGenerator<SourceRow[]> {
    if (buffered.length > 0) yield buffered.map(toRow);
    buffered.length = 0;
    let chunk: SourceRow[] = [];
    for (;;) {
      const next = await records.next();
      if (next.done) break;
      chunk.push(toRow(next.value));
      if (chunk.length >= CHUNK_ROWS) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  }
  return { headers, rows: rows() };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
