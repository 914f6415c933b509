// Reading one year's holiday notice from a small file, for a year no package has yet (2027 and later).
// JSON: { "year": 2027, "holidays": ["2027-01-01", …] | { "2027-01-01": "元旦", … }, "workdays": […] }
// CSV:  日期,类型,名称 (类型: 休/假/holiday or 班/workday), one day a line, a header line optional.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { isIsoDate } from './dates.ts';
import { yearFromLists, type CalendarDaySpec } from './sources.ts';

export class CalendarFileError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${path.basename(file)} ${where}：${problem}`);
    this.name = 'CalendarFileError';
  }
}

const REST = new Set(['休', '假', '节假日', '放假', 'holiday', 'rest', 'off']);
const WORK = new Set(['班', '上班', '调休上班', '补班', 'workday', 'work', 'makeup']);

type Lists = { holidays: Map<string, string | null>; workdays: Map<string, string | null> };

function listFromJson(file: string, key: string, value: unknown): Map<string, string | null> {
  const map = new Map<string, string | null>();
  if (value === undefined) return map;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((d) => [String(d), null])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : (() => {
          throw new CalendarFileError(file, `“${key}”`, '应为日期数组或 {日期: 名称} 对象');
        })();
  for (const [day, name] of entries) {
    if (!isIsoDate(day)) throw new CalendarFileError(file, `“${key}”`, `不是有效日期：${day}`);
    map.set(day, name == null ? null : String(name));
  }
  return map;
}

function listsFromCsv(file: string, text: string): Lists {
  const lists: Lists = { holidays: new Map(), workdays: new Map() };
  const rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  rows.forEach((row, index) => {
    const [day = '', kind = '', name = ''] = row;
    if (index === 0 && !isIsoDate(day)) return; // header line
    const where = `第 ${index + 1} 行`;
    if (!isIsoDate(day)) throw new CalendarFileError(file, `${where}第 1 列`, `不是有效日期：${day}`);
    const lowered = kind.toLowerCase();
    if (REST.has(lowered)) lists.holidays.set(day, name || null);
    else if (WORK.has(lowered)) lists.workdays.set(day, name || null);
    else throw new CalendarFileError(file, `${where}第 2 列`, `类型应为“休”或“班”，而不是“${kind}”`);
  });
  return lists;
}

export async function readCalendarFile(file: string): Promise<{ year: number; days: CalendarDaySpec[] }> {
  const text = await readFile(file, 'utf8');
  let lists: Lists;
  let declaredYear: number | undefined;
  if (/\.json$/i.test(file)) {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CalendarFileError(file, 'JSON', (error as Error).message);
    }
    declaredYear = json.year === undefined ? undefined : Number(json.year);
    lists = { holidays: listFromJson(file, 'holidays', json.holidays), workdays: listFromJson(file, 'workdays', json.workdays) };
  } else {
    lists = listsFromCsv(file, text);
  }
  const years = new Set([...lists.holidays.keys(), ...lists.workdays.keys()].map((d) => Number(d.slice(0, 4))));
  if (declaredYear !== undefined) years.add(declaredYear);
  if (years.size !== 1) {
    throw new CalendarFileError(file, '', `一个文件只能载入一个年度，文件中出现了：${[...years].sort().join('、') || '无日期'}`);
  }
  const year = [...years][0]!;
  for (const day of lists.holidays.keys()) {
    if (lists.workdays.has(day)) throw new CalendarFileError(file, day, '同一天既是假日又是调休上班日');
  }
  return { year, days: yearFromLists(year, lists.holidays, lists.workdays) };
}
