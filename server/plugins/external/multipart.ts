// Multipart uploads: one file per request, size-limited; handlers stream it to a temporary file.
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';

export interface UploadLimits {
  /** Largest ledger file accepted, in bytes. */
  fileSize: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { fileSize: 200 * 1024 * 1024 };

export default fp<{ limits?: UploadLimits }>(
  async (app, { limits = DEFAULT_UPLOAD_LIMITS }) => {
    await app.register(multipart, {
      limits: { fileSize: limits.fileSize, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
      // A file over the limit is an error rather than a silently truncated file.
      throwFileSizeLimit: true,
    });
  },
  { name: 'multipart' },
);
