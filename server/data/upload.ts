// An uploaded ledger file, streamed to a private temporary directory (never held in memory) under a safe
// name that keeps its extension (the importer detects the format by it); removed with everything the
// import wrote beside it (the rejects file) once the import is done.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface SpooledFile {
  file: string;
  directory: string;
  remove(): Promise<void>;
}

export function safeExtension(originalName: string): string {
  const ext = path.extname(originalName).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}

export async function spool(stream: Readable, originalName: string, root = tmpdir()): Promise<SpooledFile> {
  const directory = await mkdtemp(path.join(root, 'gongkai-upload-'));
  const file = path.join(directory, `upload${safeExtension(originalName)}`);
  const remove = () => rm(directory, { recursive: true, force: true });
  try {
    await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { file, directory, remove };
}
