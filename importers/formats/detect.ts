// Which reader a file needs: told by its first bytes where they say it (a ZIP is XLSX, Arrow has its
// magic), by its extension otherwise, and for text without a telling extension, by its first character.
import path from 'node:path';
import type { SourceFormat } from './table.ts';
import { ImportFileError } from '../errors.ts';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ARROW_FILE = Buffer.from('ARROW1');
const ARROW_STREAM = Buffer.from([0xff, 0xff, 0xff, 0xff]);

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
  '.arrow': 'arrow',
  '.arrows': 'arrow',
  '.ipc': 'arrow',
  '.feather': 'arrow',
};

export function detectFormat(name: string, head: Buffer): SourceFormat {
  const starts = (magic: Buffer) => head.subarray(0, magic.length).equals(magic);
  if (starts(OLE2)) {
    throw new ImportFileError(name, '不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入', 'legacy .xls is not supported; save as .xlsx');
  }
  if (starts(ZIP)) return 'xlsx';
  if (starts(ARROW_FILE) || starts(ARROW_STREAM)) return 'arrow';
  const byExtension = BY_EXTENSION[path.extname(name).toLowerCase()];
  if (byExtension) return byExtension;
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('[') || text.startsWith('{') ? 'json' : 'csv';
}
