// The file as a byte stream that counts what it has read (for progress), and the file's checksum.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteCounter } from './table.ts';

export function countedFileStream(file: string, counter: ByteCounter): Readable {
  const source = createReadStream(file, { highWaterMark: 256 * 1024 });
  const counted = new PassThrough({ highWaterMark: 256 * 1024 });
  source.on('data', (chunk) => (counter.bytes += chunk.length));
  source.on('error', (error) => counted.destroy(error));
  counted.on('close', () => source.destroy());
  source.pipe(counted);
  return counted;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), hash);
  return hash.digest('hex');
}

/** The first bytes of the file (format and encoding are told from them). */
export async function fileHead(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
