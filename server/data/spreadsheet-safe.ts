// Formula injection: a cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return
// before one) is prefixed with an apostrophe, so ledger text can never run as a formula in Excel.
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
