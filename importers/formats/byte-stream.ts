// The file as a byte stream that counts what it has read (for progress), and the file's checksum.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
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

/** Below this size the checksum is computed in this thread: a worker costs more to start than it saves. */
const HASH_IN_WORKER_FROM_BYTES = 8 * 1024 * 1024;

// The worker hashes the file while this thread parses it: on a large import this thread is the busy one,
// and a second pass over the file here (~0.35 s a million rows) would come straight off the import's pace.
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
const hash = createHash('sha256');
createReadStream(workerData, { highWaterMark: 1024 * 1024 })
  .on('data', (chunk) => hash.update(chunk))
  .on('error', (error) => { throw error; })
  .on('end', () => parentPort.postMessage(hash.digest('hex')));
`;

export async function sha256File(file: string): Promise<string> {
  if ((await stat(file)).size >= HASH_IN_WORKER_FROM_BYTES) {
    return new Promise((resolve, reject) => {
      const worker = new Worker(HASH_WORKER, { eval: true, workerData: file });
      worker.once('message', (hex: string) => resolve(hex));
      worker.once('error', reject);
      worker.once('exit', (code) => code === 0 || reject(new Error(`checksum worker exited with ${code}`)));
    });
  }
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
