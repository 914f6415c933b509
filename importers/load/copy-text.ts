// PostgreSQL COPY text format: one line per row, tab between columns, \N for null, and backslash escapes
// for the characters that would break the line.

const SPECIAL = /[\\\t\n\r\u0000]/;

function escapeValue(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value
    .replace(/\u0000/g, '') // PostgreSQL text cannot hold NUL
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

export function copyLine(values: readonly (string | number | null | undefined)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += '\t';
    line += value === null || value === undefined ? '\\N' : escapeValue(String(value));
  }
  return `${line}\n`;
}
