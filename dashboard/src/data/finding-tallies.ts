// Tidy rows for the overview's charts, counted from the findings the Arrow read returned (the server's
// /api/overview gives totals by one dimension at a time; the charts cross two).
import type { Finding, Severity } from '../api/types.ts';
import type { MonthCount } from '../../charts/monthly-trend.ts';
import type { SectionRuleCount } from '../../charts/section-rule-heatmap.ts';
import type { SectionFamilyCount } from '../../charts/findings-by-section.ts';
import { ruleFamily } from '../ui/format.ts';

/** Findings that name no section (annual reports, website columns) count under this label. */
export const NO_SECTION = '（机关整体）';

export type FindingRow = Pick<Finding, 'rule' | 'ruleTitle' | 'severity' | 'section' | 'due' | 'status' | 'subject' | 'subjectKind' | 'lateWorkdays'>;

function tally<K>(rows: readonly FindingRow[], keyOf: (row: FindingRow) => K | null, keyString: (key: K) => string): { key: K; count: number }[] {
  const counts = new Map<string, { key: K; count: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const id = keyString(key);
    const entry = counts.get(id) ?? { key, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()];
}

export function byMonthAndSeverity(rows: readonly FindingRow[]): MonthCount[] {
  return tally(
    rows,
    (r) => (r.due ? { month: r.due.slice(0, 7), severity: r.severity } : null),
    (k) => `${k.month}|${k.severity}`,
  ).map(({ key, count }) => ({ ...key, count }));
}

export function bySectionAndRule(rows: readonly FindingRow[]): SectionRuleCount[] {
  return tally(
    rows,
    (r) => ({ section: r.section ?? NO_SECTION, rule: r.rule, title: r.ruleTitle }),
    (k) => `${k.section}|${k.rule}`,
  ).map(({ key, count }) => ({ ...key, count }));
}

export function bySectionFamilySeverity(rows: readonly FindingRow[]): SectionFamilyCount[] {
  return tally(
    rows,
    (r) => ({ section: r.section ?? NO_SECTION, family: ruleFamily(r.rule), severity: r.severity as Severity }),
    (k) => `${k.section}|${k.family}|${k.severity}`,
  ).map(({ key, count }) => ({ ...key, count }));
}

/** The findings whose due date falls in the period, as the server's from/to filter selects them. */
export function inPeriod<T extends { due: string | null }>(rows: readonly T[], from: string | null, to: string | null): T[] {
  if (!from && !to) return [...rows];
  return rows.filter((r) => r.due !== null && (!from || r.due >= from) && (!to || r.due <= to));
}
