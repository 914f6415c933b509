// Bulk reads as Arrow IPC (Accept: application/vnd.apache.arrow.stream): every row the filters match, with
// no paging, turned into plain objects. Arrow dates (DateDay) come back as epoch milliseconds and are
// turned into the API's YYYY-MM-DD strings, so Arrow rows and JSON rows have one shape.
import { tableFromIPC, DataType, type Table } from 'apache-arrow';
import { send, type Query } from './client.ts';

export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';

function isoDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : Number(value);
  return new Date(ms).toISOString().slice(0, 10);
}

export function rowsOf<T>(table: Table): T[] {
  const dateColumns = table.schema.fields.filter((f) => DataType.isDate(f.type)).map((f) => f.name);
  const rows: T[] = [];
  for (const row of table) {
    const plain = row.toJSON() as Record<string, unknown>;
    for (const name of dateColumns) plain[name] = isoDay(plain[name]);
    rows.push(plain as T);
  }
  return rows;
}

export async function fetchArrowRows<T>(path: string, query: Query = {}): Promise<T[]> {
  const response = await send('GET', path, { query, accept: ARROW_STREAM });
  const table = tableFromIPC(new Uint8Array(await response.arrayBuffer()));
  return rowsOf<T>(table);
}
