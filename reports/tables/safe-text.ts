// Formula injection (CSV/Excel injection): a ledger text starting with = + - @ (or a tab or carriage
// return, which some programs strip before reading one of those) is taken for a formula when a person
// edits the cell, re-saves the sheet as CSV or pastes it elsewhere. ExcelJS stores strings as string
// cells, which no program evaluates on open; the leading apostrophe also keeps the text inert after any
// of those round trips (the defence OWASP recommends). Only text from ledgers passes through here.
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeText(value: string): string;
export function safeText(value: string | null | undefined): string | null;
export function safeText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
