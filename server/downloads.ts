// A file for the browser to save: its type, an ASCII fallback name and the real (Chinese) name in
// filename* (RFC 6266), and a body that may be a stream.
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function sendDownload(
  reply: FastifyReply,
  file: { type: string; asciiName: string; name: string; body: Readable | Buffer | string },
): FastifyReply {
  return reply
    .type(file.type)
    .header('content-disposition', `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(file.body);
}
