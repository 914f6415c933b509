// Multipart uploads: a ledger file per request (an annual-report ledger with up to MAX_FULL_TEXT_FILES
// full-text files after it), each size-limited; handlers stream them to a temporary directory (in
// `app.uploadDir`, the system's temporary directory unless the app was given another).
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import { tmpdir } from 'node:os';

export interface UploadLimits {
  /** Largest ledger file accepted, in bytes. */
  fileSize: number;
}

/** Full-text files an annual-report ledger may bring: a report a year, for some decades. */
export const MAX_FULL_TEXT_FILES = 30;

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { fileSize: 200 * 1024 * 1024 };

declare module 'fastify' {
  interface FastifyInstance {
    uploadDir: string;
  }
}

export default fp<{ limits?: UploadLimits; directory?: string }>(
  async (app, { limits = DEFAULT_UPLOAD_LIMITS, directory = tmpdir() }) => {
    app.decorate('uploadDir', directory);
    await app.register(multipart, {
      limits: { fileSize: limits.fileSize, files: 1 + MAX_FULL_TEXT_FILES, fields: 10, fieldSize: 1024, parts: 11 + MAX_FULL_TEXT_FILES },
      // A file over the limit stops at the limit, marked truncated; the route refuses it with 413.
    });
  },
  { name: 'multipart' },
);
