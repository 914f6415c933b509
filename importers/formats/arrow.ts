// Arrow IPC, file or stream format, via apache-arrow: a file is read batch by batch through its footer
// (random access, memory flat), a stream batch by batch as it arrives. Values are turned into what the
// cell parsers read: dates as Dates, zoned timestamps as ISO instants, 64-bit integers as numbers.
import { open } from 'node:fs/promises';
import { DataType, RecordBatchReader, type Field, type RecordBatch } from 'apache-arrow';
import { countedFileStream } from './byte-stream.ts';
import type { ByteCounter, RowChunks, SourceRow } from './table.ts';
import { ImportFileError } from '../errors.ts';

const FILE_MAGIC = Buffer.from('ARROW1');

function convert(field: Field): (value: unknown) => unknown {
  const type = field.type;
  if (DataType.isDate(type)) return (v) => (typeof v === 'number' ? new Date(v) : v);
  if (DataType.isTimestamp(type)) {
    // A zoned timestamp is an instant; a naive one is a wall-clock time, as a spreadsheet's.
    return type.timezone
      ? (v) => (typeof v === 'number' ? new Date(v).toISOString() : v)
      : (v) => (typeof v === 'number' ? new Date(v) : v);
  }
  return (v) => {
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const json = (v as { toJSON?: () => unknown }).toJSON?.() ?? v;
      return JSON.stringify(json, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
    }
    return v;
  };
}

function damaged(name: string, error: unknown): ImportFileError {
  return new ImportFileError(name, `Arrow 文件已损坏或不完整，无法读取（${(error as Error).message}）`, 'damaged or truncated Arrow IPC');
}

export interface ArrowTable {
  headers: string[];
  rows: RowChunks;
  close(): Promise<void>;
}

export async function openArrow(file: string, name: string, counter: ByteCounter, head: Buffer, size: number): Promise<ArrowTable> {
  const isFile = head.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC);
  const handle = isFile ? await open(file, 'r') : null;
  const stream = isFile ? null : countedFileStream(file, counter);
  let reader: Awaited<ReturnType<typeof RecordBatchReader.from>>;
  try {
    reader = await (handle ? RecordBatchReader.from(handle) : RecordBatchReader.from(stream!));
    await reader.open();
  } catch (error) {
    await handle?.close();
    stream?.destroy();
    throw damaged(name, error);
  }
  const schema = reader.schema;
  if (!schema) {
    await handle?.close();
    throw new ImportFileError(name, 'Arrow 文件中没有数据结构（schema）', 'Arrow IPC without a schema');
  }
  const converters = schema.fields.map(convert);
  const batches = isFile ? Math.max(1, (reader as unknown as { numRecordBatches?: number }).numRecordBatches ?? 1) : 1;

  async function* rows(): AsyncGenerator<SourceRow[]> {
    let ordinal = 0;
    let batchIndex = 0;
    try {
      for await (const batch of reader as AsyncIterable<RecordBatch>) {
        const columns = schema.fields.map((_f, j) => batch.getChildAt(j));
        const chunk: SourceRow[] = new Array(batch.numRows);
        for (let i = 0; i < batch.numRows; i++) {
          ordinal += 1;
          chunk[i] = { row: ordinal, cells: columns.map((column, j) => converters[j]!(column?.get(i) ?? null)) };
        }
        if (chunk.length > 0) yield chunk;
        batchIndex += 1;
        if (handle) counter.bytes = Math.round((size * batchIndex) / batches);
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw damaged(name, error);
    } finally {
      await handle?.close().catch(() => {});
      stream?.destroy();
    }
  }

  return {
    headers: schema.fields.map((f) => f.name),
    rows: rows(),
    close: async () => {
      await handle?.close().catch(() => {});
      stream?.destroy();
    },
  };
}
