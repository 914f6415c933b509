// Multipart uploads: one file per request, size-limited; handlers stream it to a temporary file (in
// `app.uploadDir`, the system's temporary directory unless the app was given another).
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import { tmpdir } from 'node:os';

export interface UploadLimits {
  /** Largest ledger file accepted, in bytes. */
  fileSize: number;
}

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
      limits: { fileSize: limits.fileSize, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
      // A file over the limit stops at the limit, marked truncated; the route refuses it with 413.
    });
  },
  { name: 'multipart' },
);
