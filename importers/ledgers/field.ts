// A ledger column: its canonical names (FORMATS.md), the names real exports give it, how a cell becomes
// the text staged for COPY, and the SQL type it lands as.
import { normaliseDate } from '../values/dates.ts';
import { parseText } from '../values/cells.ts';
import { parseBoolean, parsePresence } from '../values/booleans.ts';
import { parseAmount, parseWholeNumber } from '../values/numbers.ts';
import { parseDateTime } from '../values/date-times.ts';
import type { Vocabulary } from '../values/vocabularies.ts';

export type SqlType = 'text' | 'date' | 'boolean' | 'integer' | 'numeric' | 'timestamptz' | 'jsonb';

export interface FieldSpec {
  /** The ledger table's column. */
  column: string;
  /** The canonical English header (what a mapping file names). */
  english: string;
  /** The canonical Chinese header. */
  chinese: string;
  /** Other headers real exports use for it. */
  aliases: readonly string[];
  sqlType: SqlType;
  /** The column must be in the file and the cell filled. */
  required: boolean;
  /** SQL for a new row whose file has no such column (NOT NULL columns with a default). */
  insertDefault?: string;
  /** The cell as staged text (COPY's text form), null when empty; throws ValueError when unreadable. */
  parse(raw: unknown): string | null;
}

type Options = { aliases?: readonly string[]; required?: boolean; insertDefault?: string };

function spec(column: string, chinese: string, sqlType: SqlType, parse: FieldSpec['parse'], options: Options, english = column): FieldSpec {
  return {
    column,
    english,
    chinese,
    aliases: options.aliases ?? [],
    sqlType,
    required: options.required ?? false,
    insertDefault: options.insertDefault,
    parse,
  };
}

const asText = (value: boolean | number | null) => (value === null ? null : typeof value === 'boolean' ? (value ? 't' : 'f') : String(value));

export const textField = (column: string, chinese: string, options: Options = {}, limit?: number) =>
  spec(column, chinese, 'text', (raw) => parseText(raw, limit), options);

export const dateField = (column: string, chinese: string, options: Options = {}) =>
  spec(column, chinese, 'date', normaliseDate, options);

export const booleanField = (column: string, chinese: string, options: Options = {}) =>
  spec(column, chinese, 'boolean', (raw) => asText(parseBoolean(raw)), options);

/** 有/无 as well as 是/否: whether something was provided. */
export const presenceField = (column: string, chinese: string, options: Options = {}) =>
  spec(column, chinese, 'boolean', (raw) => asText(parsePresence(raw)), options);

export const amountField = (column: string, chinese: string, options: Options = {}) =>
  spec(column, chinese, 'numeric', (raw) => asText(parseAmount(raw)), options);

export const wholeNumberField = (column: string, chinese: string, min: number, max: number, units: RegExp, options: Options = {}) =>
  spec(column, chinese, 'integer', (raw) => asText(parseWholeNumber(raw, min, max, units)), options);

export const vocabularyField = (column: string, chinese: string, vocab: Vocabulary, options: Options = {}) =>
  spec(column, chinese, 'text', (raw) => vocab.parse(raw), options);

/**
 * A date or date-time: staged as the instant (with its offset) when the cell has a time, else as the
 * day; the ledger derives the calendar day in China from it.
 */
export const dateTimeField = (column: string, chinese: string, options: Options = {}, english = column) =>
  spec(column, chinese, 'timestamptz', (raw) => {
    const value = parseDateTime(raw);
    return value === null ? null : (value.instant ?? value.day);
  }, options, english);

export const renamed = (field: FieldSpec, english: string): FieldSpec => ({ ...field, english });
