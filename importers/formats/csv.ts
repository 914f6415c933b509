// CSV (and tab-separated text): encoding and delimiter told from the first bytes, records by csv-parse.
// Row numbers are the file lines where records start, so a quoted field across lines keeps them true.
import { parse } from 'csv-parse';
import { pipeline } from 'node:stream';
import iconv from 'iconv-lite';
import { countedFileStream, fileHead } from './byte-stream.ts';
import { detectEncoding, ENCODING_SAMPLE_BYTES, toUtf8Stream, type TextEncoding } from './encoding.ts';
import { objectChunks, type ByteCounter, type Sheet, type SourceRow } from './table.ts';
import { ImportFileError } from '../errors.ts';

/** Longer than any real record; a larger one is an unclosed quote swallowing the file. */
const MAX_RECORD_BYTES = 128 * 1024 * 1024;

export function unknownEncodingError(name: string, offset?: number): ImportFileError {
  const where = offset === undefined ? '' : `（约第 ${offset} 字节处）`;
  return new ImportFileError(
    name,
    `文件编码无法识别${where}：应为 UTF-8 或 GB18030/GBK 编码的文本`,
    'unknown text encoding (expected UTF-8 or GB18030/GBK)',
  );
}

/** The encoding of a text file from its first bytes, or an error naming the file. */
export async function textEncodingOf(file: string, name: string): Promise<{ encoding: TextEncoding; sample: string }> {
  const head = await fileHead(file, ENCODING_SAMPLE_BYTES);
  const encoding = detectEncoding(head);
  if (!encoding) throw unknownEncodingError(name);
  return { encoding, sample: iconv.decode(head, encoding) };
}

/** The delimiter the header line uses most: comma, tab or semicolon. */
export function sniffDelimiter(sample: string): string {
  const firstLine = sample.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function lineBreaksIn(record: string[]): number {
  let breaks = 0;
  for (const field of record) {
    if (field.length === 0) continue;
    let at = field.indexOf('\n');
    while (at >= 0) {
      breaks += 1;
      at = field.indexOf('\n', at + 1);
    }
  }
  return breaks;
}

export async function openCsv(file: string, name: string, counter: ByteCounter): Promise<{ encoding: TextEncoding; sheet: Sheet }> {
  const { encoding, sample } = await textEncodingOf(file, name);
  const delimiter = sniffDelimiter(sample);

  async function* rows(): AsyncGenerator<SourceRow[]> {
    const parser = parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      // Hand-made CSVs quote titles like 关于"安全生产"的通知 without doubling the quotes.
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_BYTES,
    });
    pipeline(countedFileStream(file, counter), toUtf8Stream(encoding, (offset) => unknownEncodingError(name, offset)), parser, () => {});
    // Line numbers are counted here rather than taken from csv-parse's `info`, which costs a third of
    // its speed: with empty lines kept as records, a record starts on the line after the previous one
    // ended, and spans one more line per line break inside its (quoted) fields.
    let lastLine = 0;
    try {
      for await (const records of objectChunks<string[]>(parser)) {
        const chunk: SourceRow[] = new Array(records.length);
        for (let i = 0; i < records.length; i++) {
          const row = lastLine + 1;
          lastLine = row + lineBreaksIn(records[i]!);
          chunk[i] = { row, cells: records[i]! };
        }
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      const message = (error as Error).message;
      throw new ImportFileError(name, `CSV 格式错误（第 ${lastLine + 1} 行附近）：${message}`, 'malformed CSV');
    }
  }

  return { encoding, sheet: { name: null, rows: rows() } };
}
