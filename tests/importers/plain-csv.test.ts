// The CSV reader splits quote-free text itself and hands the rest to csv-parse at the first quote. Whatever
// the text and however the bytes arrive in chunks, its records must be csv-parse's own for the whole file.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvRecords } from '../../importers/formats/csv.ts';

/** A seeded generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['普陀区', '应急', 'R12', '2024-10-08', ' ', '', '😀', '〔2024〕', '\u3000', 'a', '；', '，', 'x y'];
const LINE_ENDS = ['\n', '\r\n', '\r'];

function text(next: () => number, delimiter: string, quotes: boolean): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lineEnd = pick(LINE_ENDS);
  let out = next() < 0.3 ? '\uFEFF' : '';
  const lines = Math.floor(next() * 40);
  for (let l = 0; l < lines; l++) {
    const fields = Math.floor(next() * 6);
    const cells: string[] = [];
    for (let f = 0; f < fields; f++) {
      let cell = '';
      for (let p = Math.floor(next() * 3); p > 0; p--) cell += pick(PIECES);
      // Now and then a line end other than the file's, which is then part of a field.
      if (next() < 0.05) cell += pick(LINE_ENDS);
      if (quotes && next() < 0.05) cell = next() < 0.5 ? `"${cell}${pick(LINE_ENDS)}${cell}"` : `关于"${cell}"的通知`;
      cells.push(cell);
    }
    out += cells.join(delimiter);
    if (l < lines - 1 || next() < 0.7) out += lineEnd;
  }
  return out;
}

async function* inChunks(bytes: Buffer, next: () => number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(next() * 24);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function readAll(bytes: Buffer, delimiter: string, next: () => number): Promise<string[][] | Error> {
  const records: string[][] = [];
  try {
    for await (const chunk of csvRecords(inChunks(bytes, next), delimiter)) records.push(...chunk);
  } catch (error) {
    return error as Error;
  }
  return records;
}

function reference(bytes: Buffer, delimiter: string): string[][] | Error {
  try {
    return parse(bytes, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    return error as Error;
  }
}

describe('importers: CSV records without and with quotes', () => {
  it.each([
    ['no quotes', false],
    ['quotes somewhere', true],
  ] as const)('%s: the same records as csv-parse, in chunks of any size', async (_name, quotes) => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const delimiter = [',', '\t', ';'][seed % 3]!;
      const bytes = Buffer.from(text(next, delimiter, quotes), 'utf8');
      const expected = reference(bytes, delimiter);
      const actual = await readAll(bytes, delimiter, next);
      if (expected instanceof Error) expect(actual, `seed ${seed}`).toBeInstanceOf(Error);
      else expect(actual, `seed ${seed}: ${JSON.stringify(bytes.toString())}`).toEqual(expected);
    }
  });

  it('an empty file and a lone byte-order mark have no records; a last line without its line end is a record', async () => {
    const next = random(7);
    expect(await readAll(Buffer.from(''), ',', next)).toEqual([]);
    expect(await readAll(Buffer.from('\uFEFF'), ',', next)).toEqual([]);
    expect(await readAll(Buffer.from('a,b\r\n\r\nc'), ',', next)).toEqual([['a', 'b'], [''], ['c']]);
  });
});
