// Ledger dates: 2024-10-08, 2024/10/8, 2024.10.08, 2024年10月8日, 20241008, Excel serial numbers, and
// date-times (reduced to the calendar date in China). The result is always YYYY-MM-DD.
import { ValueError } from './value-error.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30); // serial 0 in Excel's 1900 system (after its 1900 leap bug)

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic rather than a Date round trip: an importer calls this for every date cell of a million rows.
function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > last) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Excel serial day numbers (1 = 1900-01-01); a fraction is a time of day and is dropped. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

const EMPTY = new Set(['', '无', '/', '-', '—', '－', 'null', 'NULL', 'N/A', 'n/a']);

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function isIsoShape(text: string): boolean {
  for (let i = 0; i < 10; i++) {
    const code = text.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 45 : code < 48 || code > 57) return false;
  }
  return true;
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * Parses one cell. Empty cells (and 无 / - /) give null; anything else that is not a date throws a
 * ValueError. A JavaScript Date (as spreadsheet readers give) is read by its wall-clock date.
 */
export function normaliseDate(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new ValueError('无效日期');
    return raw.toISOString().slice(0, 10);
  }
  if (typeof raw === 'number') {
    const day = excelSerialToDate(raw);
    if (!day) throw new ValueError(`无法识别的日期序号：${raw}`);
    return day;
  }
  if (typeof raw === 'string' && raw.length === 10 && isIsoShape(raw)) {
    // The common case, YYYY-MM-DD already: checked without a regular expression or a new string.
    const day = isoOf(digits(raw, 0, 4), digits(raw, 5, 7), digits(raw, 8, 10));
    if (day) return raw;
    throw new ValueError(`日期不存在：${raw}`);
  }
  const text = String(raw).trim();
  if (EMPTY.has(text)) return null;
  const match = YMD.exec(text);
  if (match) {
    const [, y, m, d, hh, mm, ss, zone] = match;
    if (zone) {
      // An instant with an explicit zone: its calendar date is the one in China.
      const offset = zone === 'Z' ? '+00:00' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
      const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}T${hh!.padStart(2, '0')}:${mm}:${ss ?? '00'}${offset}`;
      const instant = Date.parse(iso);
      if (Number.isNaN(instant)) throw new ValueError(`无法识别的日期：${text}`);
      return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 10);
    }
    const day = isoOf(Number(y), Number(m), Number(d));
    if (day) return day;
    throw new ValueError(`日期不存在：${text}`);
  }
  const compact = COMPACT.exec(text);
  if (compact) {
    const day = isoOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (day) return day;
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    const day = excelSerialToDate(Number(text));
    if (day && Number(text) > 20000) return day; // a serial from a CSV cell, past 1954
  }
  throw new ValueError(`无法识别的日期：${text}`);
}
