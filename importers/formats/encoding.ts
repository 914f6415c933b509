// Text encodings of exported CSV and JSON: UTF-8 (with or without BOM), GB18030 (which reads GBK and
// GB2312 too), and UTF-16 with a BOM (Excel's "Unicode text"). Told from the bytes, never asked: a
// sample that decodes as strict UTF-8 is UTF-8; otherwise GB18030, if that decodes cleanly.
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** How much of the file the encoding is judged from. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

// C0 controls other than tab, line feed, form feed and carriage return: a stray one happens in a broken
// export, but binary data (or UTF-16 without its BOM) is full of them.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;
const MAX_CONTROL_SHARE = 0.01;

function looksLikeText(text: string): boolean {
  if (text.includes('\uFFFD')) return false;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls <= text.length * MAX_CONTROL_SHARE;
}

export function detectEncoding(sample: Buffer): TextEncoding | null {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  try {
    // stream: true tolerates a character cut at the sample's end.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return looksLikeText(text) ? 'utf-8' : null;
  } catch {
    const text = iconv.decode(sample.subarray(0, lastSafeCut(sample)), 'gb18030');
    return looksLikeText(text) ? 'gb18030' : null;
  }
}

/** Where a sample can be cut without splitting a GB18030 character (at a line break when there is one). */
function lastSafeCut(sample: Buffer): number {
  const newline = sample.lastIndexOf(0x0a);
  return newline > 0 ? newline + 1 : sample.length;
}

/**
 * Decodes to UTF-8 bytes for the parsers. UTF-8 passes through, checked; other encodings are decoded.
 * Bytes that are not valid in the detected encoding, anywhere in the file, fail the stream.
 */
export function toUtf8Stream(encoding: TextEncoding, onBadBytes: (offset: number) => Error): Transform {
  let offset = 0;
  if (encoding === 'utf-8') {
    const checker = new TextDecoder('utf-8', { fatal: true });
    return new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        try {
          checker.decode(chunk, { stream: true });
        } catch {
          return callback(onBadBytes(offset));
        }
        offset += chunk.length;
        callback(null, chunk);
      },
      flush(callback) {
        try {
          checker.decode();
          callback();
        } catch {
          callback(onBadBytes(offset));
        }
      },
    });
  }
  const decoder = iconv.getDecoder(encoding);
  const emit = (text: string, callback: TransformCallback) => {
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) return callback(onBadBytes(offset));
    callback(null, text === '' ? undefined : Buffer.from(text, 'utf8'));
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const text = decoder.write(chunk);
      offset += chunk.length;
      emit(text, callback);
    },
    flush(callback) {
      emit(decoder.end() ?? '', callback);
    },
  });
}

export function encodingLabel(encoding: TextEncoding): string {
  return { 'utf-8': 'UTF-8', gb18030: 'GB18030', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' }[encoding];
}
