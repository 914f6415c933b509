// The findings list as CSV: UTF-8 with a BOM (so Excel opens it as Chinese), CRLF rows, every field
// quoted when it needs to be, every text cell made formula-safe.
import type { Finding } from '../api/types.ts';
import { FINDING_COLUMNS } from './findings-sheet.ts';
import { safeCell, type CellValue } from './spreadsheet-safe.ts';

function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = String(safeCell(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function findingsCsv(findings: readonly Finding[]): string {
  const lines = [FINDING_COLUMNS.map((c) => csvField(c.header)).join(',')];
  for (const finding of findings) lines.push(FINDING_COLUMNS.map((c) => csvField(c.value(finding))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
