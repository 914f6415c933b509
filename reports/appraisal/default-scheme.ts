// The default scheme, modelled on a district's 2020 appraisal standard (schemes/district-2020.json), and
// reading a scheme file given on the command line.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseScheme, SchemeError, type AppraisalScheme } from './scheme.ts';

const DEFAULT_SCHEME_FILE = new URL('./schemes/district-2020.json', import.meta.url);

let defaultScheme: AppraisalScheme | null = null;

export function loadDefaultScheme(): AppraisalScheme {
  defaultScheme ??= parseScheme(JSON.parse(readFileSync(DEFAULT_SCHEME_FILE, 'utf8')), '默认评分标准');
  return defaultScheme;
}

export async function readSchemeFile(file: string): Promise<AppraisalScheme> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SchemeError([`无法读取（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`], `评分标准文件 ${file} `);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SchemeError([`不是有效的 JSON（${(error as Error).message}）`], `评分标准文件 ${file} `);
  }
  return parseScheme(json, `评分标准文件 ${file} `);
}
