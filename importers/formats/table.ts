// What every format reader gives the importer: rows of cells with their row numbers as the file counts
// them (a CSV's line, a sheet's row, a JSON line's line, a record's ordinal in a JSON array or Arrow file).
// Rows travel in chunks, not one by one: a million rows through several async layers would otherwise
// cost a million promises per layer.
import type { Readable } from 'node:stream';

export type SourceFormat = 'csv' | 'xlsx' | 'json' | 'arrow';

export interface SourceRow {
  /** 1-based: the file line / sheet row where the row starts, or the record's ordinal. */
  row: number;
  cells: unknown[];
  /** Set when the reader could not read this row at all (a JSON line that is not JSON): it is rejected. */
  problem?: string;
}

export type RowChunks = AsyncIterable<SourceRow[]>;

/** A sheet (a CSV is one) whose header row is still to be found. */
export interface Sheet {
  name: string | null;
  rows: RowChunks;
}

/** Bytes taken from the file so far, for progress. */
export interface ByteCounter {
  bytes: number;
}

export const CHUNK_ROWS = 1000;

/** Groups items that come one at a time into arrays of up to `size`. */
export async function* chunked<T>(items: AsyncIterable<T>, size = CHUNK_ROWS): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The objects an object-mode stream has ready, as arrays: one await per 'readable', not per object. */
export async function* objectChunks<T>(stream: Readable, size = CHUNK_ROWS): AsyncGenerator<T[]> {
  let finished = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => wake?.();
  stream.on('readable', notify);
  stream.once('end', () => ((finished = true), notify()));
  stream.once('close', () => ((finished = true), notify()));
  stream.once('error', (error: Error) => ((failure = error), notify()));
  try {
    for (;;) {
      const chunk: T[] = [];
      let item: T | null;
      while (chunk.length < size && (item = stream.read() as T | null) !== null) chunk.push(item);
      if (chunk.length > 0) {
        yield chunk;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      // Set before any event can fire: events come on a later tick than this read() returning null.
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stream.off('readable', notify);
    stream.destroy();
  }
}
