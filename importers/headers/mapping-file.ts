// --mapping map.json: {"源表头": "canonical_english_name", …} for the headers no synonym covers. A value
// may also be the Chinese canonical name, or null / "" / "ignore" to leave the column out entirely.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportFileError } from '../errors.ts';
import type { LedgerSpec } from '../ledgers/ledger.ts';
import type { FieldSpec } from '../ledgers/field.ts';
import { figureKey, headerKey } from './normalise.ts';

/** headerKey(source header) → the field it names, or 'ignore'. */
export type HeaderMapping = Map<string, FieldSpec | 'ignore' | { figure: string }>;

export async function readMappingFile(file: string, ledger: LedgerSpec): Promise<HeaderMapping> {
  const name = path.basename(file);
  let json: unknown;
  try {
    json = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportFileError(name, `表头对照文件无法读取：${(error as Error).message}`, 'mapping file is not readable JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ImportFileError(name, '表头对照文件应为 {"源表头": "标准列名"} 形式的对象', 'mapping file must be an object');
  }
  const byName = new Map<string, FieldSpec>();
  for (const field of ledger.fields) {
    for (const n of [field.english, field.column, field.chinese]) byName.set(headerKey(n), field);
  }
  const mapping: HeaderMapping = new Map();
  for (const [source, target] of Object.entries(json)) {
    if (target === null || target === '' || target === 'ignore') {
      mapping.set(headerKey(source), 'ignore');
      continue;
    }
    if (typeof target !== 'string') {
      throw new ImportFileError(name, `“${source}”的对照值应为列名字符串`, `mapping for '${source}' must be a column name`);
    }
    const field = byName.get(headerKey(target));
    const figure = ledger.figures ? figureKey(target) : null;
    if (field) mapping.set(headerKey(source), field);
    else if (figure) mapping.set(headerKey(source), { figure });
    else {
      const known = ledger.fields.map((f) => f.english).join(', ');
      throw new ImportFileError(name, `“${source}”对照的列名“${target}”不存在；可用列名：${known}`, `unknown column '${target}'`);
    }
  }
  return mapping;
}
