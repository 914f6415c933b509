// An annual report's 全文: the text itself in the cell, or the name of a .txt / .html / .docx file beside
// the ledger. Files are read only from the ledger's own folder (an uploaded ledger must not reach out).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ValueError } from '../values/value-error.ts';

const FILE_NAME = /^[^\n\r<>|"?*]{1,260}\.(txt|html?|docx)$/i;

/** Whether the cell names a file rather than holding the text. */
export function namesTextFile(cell: string): boolean {
  return FILE_NAME.test(cell.trim());
}

export async function readFullText(cell: string, directory: string): Promise<string> {
  const name = cell.trim();
  const file = path.resolve(directory, name);
  const relative = path.relative(directory, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ValueError(`全文文件须与台账在同一文件夹中：${name}`);
  }
  try {
    await stat(file);
  } catch {
    throw new ValueError(`找不到全文文件：${name}`);
  }
  const extension = path.extname(file).toLowerCase();
  try {
    // Loaded only for a report that has such a file.
    if (extension === '.docx') {
      const { default: mammoth } = await import('mammoth');
      return (await mammoth.extractRawText({ path: file })).value.trim();
    }
    const text = await readFile(file, 'utf8');
    if (extension === '.txt') return text.replace(/^\uFEFF/, '').trim();
    const { convert: htmlToText } = await import('html-to-text');
    return htmlToText(text, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] }).trim();
  } catch (error) {
    throw new ValueError(`无法读取全文文件 ${name}：${(error as Error).message}`);
  }
}
