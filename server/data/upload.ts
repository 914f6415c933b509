// An uploaded ledger file, streamed to a private temporary directory (never held in memory) under a safe
// name that keeps its extension (the importer detects the format by it); removed with everything the
// import wrote beside it (the rejects file) once the import is done. An annual-report ledger may come with
// its reports' full-text files, saved beside it under their own names, which its 全文 cells give.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { isReadableFullTextFile } from '../../importers/index.ts';
import { badRequest } from '../errors.ts';

export interface SpoolDirectory {
  directory: string;
  /** Removes the directory with every file in it. */
  remove(): Promise<void>;
}

export function safeExtension(originalName: string): string {
  const ext = path.extname(originalName).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}

/** A private directory for one upload's files. */
export async function spoolDirectory(root = tmpdir()): Promise<SpoolDirectory> {
  const directory = await mkdtemp(path.join(root, 'gongkai-upload-'));
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}

/** The ledger file, saved as upload.<its extension>; its path. */
export async function spoolLedger(stream: Readable, originalName: string, into: SpoolDirectory): Promise<string> {
  const file = path.join(into.directory, `upload${safeExtension(originalName)}`);
  await writeOwnerOnly(stream, file);
  return file;
}

/** Written for the server's user alone; never over an existing file. */
function writeOwnerOnly(stream: Readable, file: string): Promise<void> {
  return pipeline(stream, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
}

/** A full-text file saved in the ledger's spool directory under its own name (without any folder). */
export async function spoolBeside(stream: Readable, originalName: string, into: SpoolDirectory): Promise<void> {
  const name = path.basename(originalName.replaceAll('\\', '/'));
  const file = path.join(into.directory, name);
  const problem =
    !isReadableFullTextFile(name) || name.startsWith('.') || name.length > 200 || /[\u0000-\u001f]/.test(name)
      ? `全文文件应为 .docx、.html 或 .txt：${originalName}`
      : existsSync(file)
        ? `全文文件重名：${name}`
        : null;
  if (problem) {
    // Drained, so that the request ends and the error is answered.
    stream.resume();
    throw badRequest(problem, 'texts');
  }
  await writeOwnerOnly(stream, file);
}
