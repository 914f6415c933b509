// Formula injection: a cell whose text starts with = + - @ (or a tab or carriage return, which some
// spreadsheet programs skip before looking) is run as a formula by Excel and its kin. Such text gets a
// leading apostrophe, which shows the text as typed and runs nothing. Numbers and dates are not text and
// are left alone.
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CellValue = string | number | null;

export function safeCell(value: CellValue): CellValue {
  return typeof value === 'string' ? spreadsheetSafe(value) : value;
}
