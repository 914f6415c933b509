// XLSX through ExcelJS's streaming reader: one sheet at a time, rows as they come, memory flat. Cells come
// as their values: rich text as its text, hyperlinks as their text, formulas as their cached result,
// date-formatted numbers as Dates (ExcelJS reads the styles for that).
import ExcelJS from 'exceljs';
import { countedFileStream } from './byte-stream.ts';
import { chunked, type ByteCounter, type Sheet, type SourceRow } from './table.ts';
import { ImportFileError } from '../errors.ts';

interface StreamRow {
  number: number;
  values: unknown[];
}
type StreamSheet = AsyncIterable<StreamRow> & { name?: string };

/** A cell's value as the importer reads it. */
export function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((part) => part.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return cellValue(v.result);
  if ('hyperlink' in v) return cellValue(v.text);
  if ('error' in v) return String(v.error);
  if ('text' in v) return cellValue(v.text);
  return JSON.stringify(value);
}

function damaged(name: string, error: unknown): ImportFileError {
  const detail = (error as Error)?.message ?? String(error);
  return new ImportFileError(name, `XLSX 文件已损坏或不完整，无法读取（${detail}）`, 'damaged or truncated XLSX');
}

export function openXlsx(file: string, name: string, counter: ByteCounter): AsyncIterable<Sheet> & { close(): void } {
  const input = countedFileStream(file, counter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });

  async function* rowsOf(sheet: StreamSheet): AsyncGenerator<SourceRow> {
    try {
      for await (const row of sheet) {
        // row.values is 1-based and sparse.
        const cells: unknown[] = [];
        for (let i = 1; i < row.values.length; i++) cells.push(cellValue(row.values[i]));
        yield { row: row.number, cells };
      }
    } catch (error) {
      throw damaged(name, error);
    }
  }

  async function* sheets(): AsyncGenerator<Sheet> {
    try {
      for await (const sheet of reader as unknown as AsyncIterable<StreamSheet>) {
        yield { name: sheet.name ?? null, rows: chunked(rowsOf(sheet)) };
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw damaged(name, error);
    } finally {
      input.destroy();
    }
  }

  const iterator = sheets();
  return { [Symbol.asyncIterator]: () => iterator, close: () => input.destroy() };
}
