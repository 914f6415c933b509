// Findings as the `check` command prints them: one JSON array (the contract), CSV, or an aligned table with
// Chinese column heads that stays readable in a terminal (CJK characters are two columns wide).
import { stringify } from 'csv-stringify/sync';
import stringWidth from 'string-width';
import type { RunFinding } from '../../rules/engine/run.ts';
import { RULES } from '../../rules/index.ts';

export type FindingFormat = 'table' | 'json' | 'csv';

const SEVERITY_ZH: Record<string, string> = { error: '严重', warning: '一般', info: '提示' };

export function findingsJson(findings: RunFinding[]): string {
  return JSON.stringify(
    findings.map((f) => ({
      rule: f.rule,
      subject: f.subject,
      severity: f.severity,
      due: f.due,
      actual: f.actual,
      lateWorkdays: f.lateWorkdays,
      section: f.section,
      message: f.message,
      details: f.details,
      agency: f.agency,
      subjectKind: f.subjectKind,
      title: RULES[f.rule]?.meta.title.zh ?? null,
    })),
    null,
    2,
  );
}

const COLUMNS: [string, (f: RunFinding) => string][] = [
  ['规则', (f) => f.rule],
  ['对象', (f) => f.subject],
  ['科室', (f) => f.section ?? ''],
  ['级别', (f) => SEVERITY_ZH[f.severity] ?? f.severity],
  ['期限', (f) => f.due ?? ''],
  ['实际', (f) => f.actual ?? ''],
  ['超期工作日', (f) => (f.lateWorkdays === null ? '' : String(f.lateWorkdays))],
  ['说明', (f) => f.message],
];

export function findingsCsv(findings: RunFinding[]): string {
  // A BOM so that Excel and WPS open the UTF-8 file as Chinese text.
  return `\uFEFF${stringify([COLUMNS.map(([head]) => head), ...findings.map((f) => COLUMNS.map(([, get]) => get(f)))])}`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function findingsTable(findings: RunFinding[]): string {
  if (findings.length === 0) return '未发现问题。';
  const rows = findings.map((f) => COLUMNS.map(([, get]) => get(f)));
  const heads = COLUMNS.map(([head]) => head);
  // Every column but the last (the message) is padded to its widest cell.
  const widths = heads.map((head, i) => Math.max(stringWidth(head), ...rows.map((r) => stringWidth(r[i]!))));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i]!))).join('  ');
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const summary = ['error', 'warning', 'info']
    .filter((s) => counts.has(s))
    .map((s) => `${SEVERITY_ZH[s]} ${counts.get(s)}`)
    .join('，');
  return [line(heads), ...rows.map(line), '', `共 ${findings.length} 个问题（${summary}）`].join('\n');
}

export function formatFindings(findings: RunFinding[], format: FindingFormat): string {
  if (format === 'json') return findingsJson(findings);
  if (format === 'csv') return findingsCsv(findings);
  return findingsTable(findings);
}
