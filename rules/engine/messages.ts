// Message templates ("申请 {{subject}} 于 {{actual}} 答复……") filled from a finding: compiled to one SQL
// expression for the set-based path, or rendered in JavaScript for rules with their own query.
import { sql } from 'kysely';
import type { Sql } from '../types.ts';

type Part = { text: string } | { key: string };

export function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  const pattern = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ key: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** The finding columns a template may name directly; any other key is read from details. */
const FINDING_COLUMNS: Record<string, string> = {
  subject: 'subject',
  section: 'section',
  due: 'due',
  actual: 'actual',
  lateWorkdays: 'late_workdays',
  asOf: 'as_of',
};

/** The template as SQL over a row with the finding's columns (alias `f`). */
export function templateSql(template: string): Sql<string> {
  const pieces = parseTemplate(template).map((part) => {
    if ('text' in part) return sql`${part.text}::text`;
    const column = FINDING_COLUMNS[part.key];
    return column
      ? sql`coalesce(f.${sql.ref(column)}::text, '')`
      : sql`coalesce(f.details ->> ${part.key}, '')`;
  });
  return pieces.length ? sql<string>`concat(${sql.join(pieces)})` : sql<string>`''`;
}

export function renderTemplate(template: string, values: Record<string, unknown>, details: Record<string, unknown>): string {
  return parseTemplate(template)
    .map((part) => {
      if ('text' in part) return part.text;
      const value = part.key in FINDING_COLUMNS ? values[part.key] : details[part.key];
      return value === null || value === undefined ? '' : String(value);
    })
    .join('');
}
