// What every format reader gives the importer: rows of cells with their row numbers as the file counts
// them (a CSV's line, a sheet's row, a JSON line's line, a record's ordinal in a JSON array or Arrow file).
export type SourceFormat = 'csv' | 'xlsx' | 'json' | 'arrow';

export interface SourceRow {
  /** 1-based: the file line / sheet row where the row starts, or the record's ordinal. */
  row: number;
  cells: unknown[];
  /** Set when the reader could not read this row at all (a JSON line that is not JSON): it is rejected. */
  problem?: string;
}

/** A sheet (a CSV is one) whose header row is still to be found. */
export interface Sheet {
  name: string | null;
  rows: AsyncIterable<SourceRow>;
}

/** Bytes taken from the file so far, for progress. */
export interface ByteCounter {
  bytes: number;
}
