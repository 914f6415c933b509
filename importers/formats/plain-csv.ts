// CSV records without csv-parse while the text has no quote character: then a record is a line and a
// field is what lies between delimiters, which String.split does at native speed (csv-parse walks every
// byte in JavaScript: two thirds of an import's parsing time). At the first quote, the record holding it
// and everything after go to csv-parse, so quoted fields, relaxed quotes and malformed files are read
// exactly as before. Line ends follow csv-parse: the first one in the file (\r\n, \n or \r) ends records.

/** Records of the text before the first quote, or the rest of the file handed to csv-parse. */
export interface QuotedRest {
  /** The line end found before the quote, for csv-parse to keep (null: still to be discovered). */
  recordDelimiter: string | null;
  /** The bytes from the start of the record with the quote. */
  head: Buffer;
  /** The source's remaining chunks. */
  rest: AsyncIterator<Buffer>;
}

export interface PlainCsvOptions {
  delimiter: string;
  maxRecordBytes: number;
  /** The error for a record longer than maxRecordBytes (an unclosed line swallowing the file). */
  tooLong: (line: number) => Error;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The first line end in `bytes` before `end`; undefined when a \r ends the bytes and more may follow. */
function firstLineEnd(bytes: Buffer, end: number, final: boolean): string | null | undefined {
  for (let i = 0; i < end; i++) {
    const byte = bytes[i];
    if (byte === LF) return '\n';
    if (byte === CR) {
      if (i + 1 < bytes.length) return bytes[i + 1] === LF ? '\r\n' : '\r';
      return final ? '\r' : undefined;
    }
  }
  return null;
}

/** Where the last whole record in `chunk[0, end)` ends (after its line end); 0 when none does. */
function wholeRecordsEnd(chunk: Buffer, end: number, recordDelimiter: string, previousByte: number | undefined): number {
  if (end >= recordDelimiter.length) {
    const at = chunk.lastIndexOf(recordDelimiter, end - recordDelimiter.length);
    if (at >= 0) return at + recordDelimiter.length;
  }
  // A \r\n across two chunks.
  return recordDelimiter === '\r\n' && end >= 1 && chunk[0] === LF && previousByte === CR ? 1 : 0;
}

function splitRecords(text: string, recordDelimiter: string, delimiter: string): string[][] {
  const lines = text.split(recordDelimiter);
  const records: string[][] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) records[i] = lines[i]!.split(delimiter);
  return records;
}

/**
 * Yields the records of a UTF-8 byte stream in chunks while no quote has been seen; then calls
 * `quoted` once with the rest and yields its records.
 */
export async function* plainCsvRecords(
  source: AsyncIterable<Buffer>,
  options: PlainCsvOptions,
  quoted: (rest: QuotedRest) => AsyncIterable<string[][]>,
): AsyncGenerator<string[][]> {
  const chunks = source[Symbol.asyncIterator]();
  try {
    yield* plainUntilQuote(chunks, options, quoted);
  } finally {
    // Stopped early (an error downstream): the file stream is closed.
    await chunks.return?.();
  }
}

async function* plainUntilQuote(chunks: AsyncIterator<Buffer>, options: PlainCsvOptions, quoted: (rest: QuotedRest) => AsyncIterable<string[][]>): AsyncGenerator<string[][]> {
  const { delimiter } = options;
  // The bytes of the record under way (chunks are kept apart: a long record is not copied over and over).
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let recordDelimiter: string | null = null;
  let bomChecked = false;
  let lines = 0;
  const lastPendingByte = () => (pendingBytes === 0 ? undefined : pending.at(-1)!.at(-1));
  for (;;) {
    const next = await chunks.next();
    const final = next.done === true;
    let chunk: Buffer = final ? Buffer.alloc(0) : next.value;
    if (!bomChecked) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < BOM.length && !final) continue;
      chunk = Buffer.concat(pending);
      if (chunk.subarray(0, BOM.length).equals(BOM)) chunk = chunk.subarray(BOM.length);
      pending = [];
      pendingBytes = 0;
      bomChecked = true;
    }
    const quote = chunk.indexOf(QUOTE);
    const plainEnd = quote >= 0 ? quote : chunk.length;
    if (recordDelimiter === null) {
      // A \r that ended the previous chunk was the first line end; the byte after it says which.
      const found =
        lastPendingByte() === CR ? (chunk.length > 0 ? (chunk[0] === LF ? '\r\n' : '\r') : final ? '\r' : undefined) : firstLineEnd(chunk, plainEnd, final);
      if (found === undefined) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        continue;
      }
      recordDelimiter = found;
    }
    const cut = recordDelimiter === null ? 0 : wholeRecordsEnd(chunk, plainEnd, recordDelimiter, lastPendingByte());
    // A lone \r that ended the previous chunk, found to be the line end only now.
    const pendingEndsRecord = cut === 0 && recordDelimiter === '\r' && lastPendingByte() === CR;
    if (cut > 0 || pendingEndsRecord) {
      const whole = Buffer.concat([...pending, chunk.subarray(0, cut)]);
      const records = splitRecords(whole.toString('utf8', 0, whole.length - recordDelimiter!.length), recordDelimiter!, delimiter);
      lines += records.length;
      pending = [];
      pendingBytes = 0;
      yield records;
    }
    if (quote >= 0) {
      yield* quoted({ recordDelimiter, head: Buffer.concat([...pending, chunk.subarray(cut)]), rest: chunks });
      return;
    }
    if (cut < chunk.length) {
      // A copy, so that the rest of a large chunk is not kept alive by a short tail.
      pending.push(cut > 0 ? Buffer.from(chunk.subarray(cut)) : chunk);
      pendingBytes += chunk.length - cut;
    }
    if (pendingBytes > options.maxRecordBytes) throw options.tooLong(lines + 1);
    if (final) {
      if (pendingBytes > 0) yield [Buffer.concat(pending).toString('utf8').split(delimiter)];
      return;
    }
  }
}
