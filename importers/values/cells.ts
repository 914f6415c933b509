// Reading one cell as the ledger means it: the markers of an empty cell, and cell text within bounds.
import { ValueError } from './value-error.ts';

/** What a hand-kept ledger writes in a cell that has nothing to say (FORMATS.md). */
const EMPTY_MARKERS = new Set(['', '无', '/', '／', '-', '－', '—', '——', '–', 'null', 'NULL', 'N/A', 'n/a', '#N/A']);

/**
 * A cell longer than this rejects its row: nothing in a ledger is that long, and a runaway quote in a
 * CSV or a pasted binary would otherwise travel into every table and the rejects file.
 */
export const MAX_CELL_CHARS = 1_000_000;

export function isBlank(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  return false;
}

/** Empty by the ledger's conventions: blank, or one of 无 / - … */
export function isEmptyCell(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return EMPTY_MARKERS.has(raw.trim());
  return false;
}

function isoOfDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  // Spreadsheet dates carry their wall-clock time in UTC; a date without a time reads as a date.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The cell as text, as a person would read it in the file (for text fields, extra columns and rejects). */
export function displayText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return withoutNul(raw);
  if (raw instanceof Date) return isoOfDate(raw);
  if (typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean') return String(raw);
  return withoutNul(JSON.stringify(raw) ?? '');
}

/** PostgreSQL text and jsonb cannot hold NUL; a stray one in an export carries no meaning. */
function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe for jsonb: no NUL, and no half of a surrogate pair (JSON input can carry "\ud800"), which
 * PostgreSQL refuses as an "unsupported Unicode escape sequence".
 */
export function cleanText(text: string): string {
  const clean = withoutNul(text);
  return LONE_SURROGATE.test(clean) ? clean.replace(LONE_SURROGATE, '\uFFFD') : clean;
}

/** JSON for a jsonb column, every string in it made safe. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? cleanText(v) : v));
}

/** A text value: trimmed, null when empty, refused when absurdly long. */
export function parseText(raw: unknown, limit = MAX_CELL_CHARS): string | null {
  if (typeof raw === 'string') {
    // The common case, read once: trimmed, checked, and NUL-free.
    const trimmed = raw.trim();
    if (EMPTY_MARKERS.has(trimmed)) return null;
    if (trimmed.length > limit) throw new ValueError(`内容过长（${trimmed.length} 字符，上限 ${limit}）`);
    return withoutNul(trimmed) || null;
  }
  if (isEmptyCell(raw)) return null;
  const text = displayText(raw).trim();
  if (text.length > limit) throw new ValueError(`内容过长（${text.length} 字符，上限 ${limit}）`);
  return text === '' ? null : text;
}
