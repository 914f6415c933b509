// Arrow IPC for the bulk reads: when the client asks for application/vnd.apache.arrow.stream, the rows
// the filters match are streamed as record batches (one per fetched batch) instead of a JSON page. Columns
// are typed explicitly (no dictionaries, so every batch shares one schema): text, integers, floats,
// booleans and dates (DateDay).
import { Readable } from 'node:stream';
import {
  Bool,
  DateDay,
  Float64,
  Int32,
  RecordBatchStreamWriter,
  Table,
  Utf8,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';

export type ArrowColumnType = 'utf8' | 'int32' | 'float64' | 'bool' | 'date';

export type ArrowColumns<Row> = { [K in keyof Row]?: ArrowColumnType };

export function wantsArrow(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes(ARROW_STREAM);
}

function arrowType(type: ArrowColumnType): DataType {
  switch (type) {
    case 'utf8':
      return new Utf8();
    case 'int32':
      return new Int32();
    case 'float64':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'date':
      return new DateDay();
  }
}

function columnValues(rows: readonly Record<string, unknown>[], key: string, type: ArrowColumnType): unknown[] {
  const values = rows.map((r) => r[key] ?? null);
  // Dates arrive as YYYY-MM-DD strings; DateDay takes Date objects (at UTC midnight).
  return type === 'date' ? values.map((v) => (v === null ? null : new Date(`${String(v)}T00:00:00Z`))) : values;
}

export function tableOf<Row extends Record<string, unknown>>(rows: readonly Row[], columns: ArrowColumns<Row>): Table {
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([key, type]) => [
      key,
      vectorFromArray(columnValues(rows, key, type as ArrowColumnType), arrowType(type as ArrowColumnType)),
    ]),
  );
  return new Table(vectors);
}

/** Streams the batches as one Arrow IPC stream (an empty result is a stream with the schema only). */
export function sendArrow<Row extends Record<string, unknown>>(
  reply: FastifyReply,
  batches: AsyncIterable<Row[]>,
  columns: ArrowColumns<Row>,
): FastifyReply {
  const writer = new RecordBatchStreamWriter();
  const body = Readable.from(writer as AsyncIterable<Uint8Array>);
  void (async () => {
    let wrote = false;
    try {
      for await (const rows of batches) {
        writer.write(tableOf(rows, columns));
        wrote = true;
      }
      if (!wrote) writer.write(tableOf([] as Row[], columns));
      writer.finish();
    } catch (error) {
      reply.log.error({ err: error }, 'arrow stream failed');
      body.destroy(error as Error);
    }
  })();
  return reply.type(ARROW_STREAM).send(body);
}
