// Backpressure for ExcelJS's streaming writer. A committed row goes straight to the archiver's input
// stream, and ExcelJS never waits for it; deflate runs in libuv's thread pool but moves on only when this
// thread is free to take its callbacks. A sheet written in one stretch of rows therefore sat in memory
// uncompressed (~80 MB for 100k evidence rows) and was compressed at the end. The pacer gives the event
// loop a turn every few rows, so compression keeps up on the other core while rows are built, and waits
// while the zip is more than a few megabytes behind (a slow output stream), so memory stays bounded.
import type ExcelJS from 'exceljs';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';

interface BufferedStream {
  _readableState?: { length?: number };
  _writableState?: { length?: number };
}

/**
 * Bytes of a streamed sheet written but not yet taken by the zip's compressor: what waits in the stream
 * the archiver reads the sheet through. 0 for a sheet that is not streamed, or if ExcelJS (pinned) ever
 * lays out its streams differently — the pacer then only yields.
 */
export function zipBacklog(sheet: ExcelJS.Worksheet): number {
  const source = (sheet as unknown as { stream?: { pipes?: BufferedStream[] } }).stream?.pipes?.[0];
  return (source?._readableState?.length ?? 0) + (source?._writableState?.length ?? 0);
}

export interface PacingOptions {
  /** Rows between turns of the event loop: few enough that deflate's next chunk is ready each turn. */
  rowsPerTurn: number;
  /** Uncompressed bytes the zip may lag behind before writing waits. */
  maxBacklog: number;
  /** A backlog that has not shrunk for this long is not being read (yet): stop waiting rather than hang. */
  stallMs: number;
}

const DEFAULTS: PacingOptions = { rowsPerTurn: 32, maxBacklog: 4 << 20, stallMs: 2000 };

export class ZipPacer {
  private rowsSinceTurn = 0;
  private readonly options: PacingOptions;

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    options: Partial<PacingOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Call after each committed row: null (go on) except every rowsPerTurn rows, when it is to be awaited. */
  rowWritten(): Promise<void> | null {
    if (++this.rowsSinceTurn < this.options.rowsPerTurn) return null;
    this.rowsSinceTurn = 0;
    return this.turn();
  }

  private async turn(): Promise<void> {
    await nextTurn();
    let backlog = zipBacklog(this.sheet);
    let progressAt = performance.now();
    while (backlog > this.options.maxBacklog) {
      await sleep(1);
      const now = zipBacklog(this.sheet);
      if (now < backlog) progressAt = performance.now();
      else if (performance.now() - progressAt > this.options.stallMs) return;
      backlog = now;
    }
  }
}
