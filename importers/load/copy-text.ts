// PostgreSQL COPY text format: one line per row, tab between columns, \N for null, and backslash escapes
// for the characters that would break the line.

export function escapeValue(value: string): string {
  // Most cells need no escaping; one scan of the string is cheaper than a regular expression per cell.
  let clean = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 92 || code === 9 || code === 10 || code === 13 || code === 0) {
      clean = false;
      break;
    }
  }
  if (clean) return value;
  return value
    .replace(/\u0000/g, '') // PostgreSQL text cannot hold NUL
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

export function copyLine(values: readonly (string | number | null | undefined)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    parts[i] = value === null || value === undefined ? '\\N' : typeof value === 'number' ? String(value) : escapeValue(value);
  }
  return `${parts.join('\t')}\n`;
}

/**
 * One row's line without building an intermediate array: `lead` (COPY text already, such as the row
 * number), the row's values by name (a null one replaced by `fallback`'s, when it has one), then `tail`.
 */
export function copyLineOf(
  lead: string,
  values: Readonly<Record<string, string | null | undefined>>,
  names: readonly string[],
  fallback: Readonly<Record<string, string>> = {},
  tail = '',
): string {
  let line = lead;
  for (let i = 0; i < names.length; i++) {
    const value = values[names[i]!] ?? fallback[names[i]!];
    line += value === null || value === undefined ? '\t\\N' : `\t${escapeValue(value)}`;
  }
  return `${line}${tail}\n`;
}
