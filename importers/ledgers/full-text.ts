// An annual report's 全文: the text itself in the cell, or the name of a .txt / .html / .docx file beside
// the ledger (a path relative to the ledger's folder, with / or \ between folders). Files are read only
// from the ledger's own folder (an uploaded ledger must not reach out). Text files are decoded from their
// bytes as ledgers are (UTF-8, GB18030/GBK, UTF-16 with a byte order mark), since reports saved on Chinese
// Windows are often GBK. A cell naming a document that cannot be read (.pdf, .doc, .wps …) or holding a
// web address is refused with the reason, never stored as if it were the report's text.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ValueError } from '../values/value-error.ts';
import { detectEncoding } from '../formats/encoding.ts';

const READABLE = new Set(['.txt', '.htm', '.html', '.docx']);
/** Names of readable files and of the document formats reports are also published in. */
const FILE_NAME = /^[^\n\r<>|"?*]{1,260}\.(txt|html?|docx|pdf|doc|docm|wps|rtf|odt|ofd)$/i;
const WEB_ADDRESS = /^(https?:\/\/|www\.)\S*$/i;

/** Whether a file of this name is one the 全文 column can name and the importer can read. */
export function isReadableFullTextFile(name: string): boolean {
  return READABLE.has(path.extname(name).toLowerCase());
}

/** Whether the cell refers to the text (a file name or a web address) rather than holding it. */
export function isFullTextReference(cell: string): boolean {
  const trimmed = cell.trim();
  return FILE_NAME.test(trimmed) || WEB_ADDRESS.test(trimmed);
}

/** A text file's characters, whatever encoding it was saved in. */
function decodeText(bytes: Buffer): string {
  const encoding = detectEncoding(bytes);
  if (!encoding) throw new Error('文件编码无法识别，应为 UTF-8 或 GB18030/GBK 编码的文本');
  // iconv strips the byte order mark.
  return iconv.decode(bytes, encoding);
}

async function htmlText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  const heading = (selector: string) => ({ selector, options: { uppercase: false } });
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      // Headings and table headers as written (the library upper-cases them by default); a table's cells
      // in columns rather than run together (收到申请73).
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}

export async function readFullText(cell: string, directory: string): Promise<string> {
  const name = cell.trim();
  if (WEB_ADDRESS.test(name)) throw new ValueError(`全文须为报告正文或台账旁的文件名，不能是网址：${name}（网址请填入“链接”列）`);
  const extension = path.extname(name).toLowerCase();
  if (!isReadableFullTextFile(name)) throw new ValueError(`无法读取 ${extension} 格式的全文文件：${name}，请另存为 .docx、.html 或 .txt`);
  const file = path.resolve(directory, name.replaceAll('\\', '/'));
  const relative = path.relative(directory, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ValueError(`全文文件须与台账在同一文件夹中：${name}`);
  }
  try {
    await stat(file);
  } catch {
    throw new ValueError(`找不到全文文件：${name}`);
  }
  try {
    // Loaded only for a report that has such a file.
    if (extension === '.docx') {
      const { default: mammoth } = await import('mammoth');
      return (await mammoth.extractRawText({ path: file })).value.trim();
    }
    const text = decodeText(await readFile(file));
    return (extension === '.txt' ? text : await htmlText(text)).trim();
  } catch (error) {
    throw new ValueError(`无法读取全文文件 ${name}：${(error as Error).message}`);
  }
}
