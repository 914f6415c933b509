// JSON: an array of objects (streamed by stream-json, one element at a time), or JSON lines (one object a
// line; a line that is not JSON rejects that row, not the file). Encoded as CSV files are (UTF-8 or GB18030).
import { pipeline } from 'node:stream';
import { createInterface } from 'node:readline';
import streamArray from 'stream-json/streamers/stream-array.js';
import { countedFileStream } from './byte-stream.ts';
import { toUtf8Stream, type TextEncoding } from './encoding.ts';
import { textEncodingOf, unknownEncodingError } from './csv.ts';
import { isPlainObject, keyedRows, type KeyedRecord, type KeyedRows } from './records.ts';
import type { ByteCounter } from './table.ts';
import { ImportFileError } from '../errors.ts';

const NOT_AN_OBJECT = '不是对象（JSON 的每一项应为一条 {"列名": 值} 记录）';

export async function openJson(file: string, name: string, counter: ByteCounter): Promise<{ encoding: TextEncoding; table: KeyedRows }> {
  const { encoding, sample } = await textEncodingOf(file, name);
  const first = sample.replace(/^\uFEFF/, '').trimStart()[0];
  if (first !== '[' && first !== '{') {
    throw new ImportFileError(name, 'JSON 文件应为对象数组，或每行一个对象（JSON Lines）', 'expected a JSON array of objects or JSON lines');
  }
  const text = () =>
    pipeline(countedFileStream(file, counter), toUtf8Stream(encoding, (offset) => unknownEncodingError(name, offset)), () => {});
  const records = first === '[' ? arrayRecords(text(), name) : lineRecords(text(), name);
  return { encoding, table: await keyedRows(records) };
}

async function* arrayRecords(input: NodeJS.ReadableStream, name: string): AsyncGenerator<KeyedRecord> {
  const elements = pipeline(input, streamArray.withParserAsStream(), () => {});
  let ordinal = 0;
  try {
    for await (const { value } of elements as AsyncIterable<{ value: unknown }>) {
      ordinal += 1;
      if (isPlainObject(value)) yield { row: ordinal, record: value };
      else yield { row: ordinal, record: null, problem: NOT_AN_OBJECT };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(name, `JSON 格式错误（第 ${ordinal + 1} 条记录处）：${(error as Error).message}`, 'malformed JSON');
  } finally {
    elements.destroy();
  }
}

async function* lineRecords(input: NodeJS.ReadableStream, name: string): AsyncGenerator<KeyedRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
      if (trimmed === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch (error) {
        yield { row: line, record: null, problem: `不是有效的 JSON：${(error as Error).message}` };
        continue;
      }
      if (isPlainObject(value)) yield { row: line, record: value };
      else yield { row: line, record: null, problem: NOT_AN_OBJECT };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(name, `无法读取 JSON Lines 文件：${(error as Error).message}`, 'unreadable JSON lines');
  } finally {
    lines.close();
  }
}
