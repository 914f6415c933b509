// The 年度报告 page: every figure of the official table as published and as computed from the ledgers,
// their differences, the identities the published table breaks, and whether it was out by January 31.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { computeLedgerTables } from '../../reports/annual/ledger-tables.ts';
import { brokenIdentities } from '../../reports/annual/identities.ts';
import {
  PART2_ITEMS,
  PART3_COLUMNS,
  PART3_ROWS,
  PART4_GROUPS,
  PART4_RESULTS,
  TOTAL,
  part3Key,
  type Figures,
} from '../../reports/annual/layout.ts';

/** The official table's figures in reading order: part 二, part 三, part 四. */
const FIGURE_KEYS: readonly string[] = [
  ...PART2_ITEMS,
  ...PART3_ROWS.flatMap((row) => PART3_COLUMNS.map((column) => part3Key(row, column))),
  ...PART4_GROUPS.flatMap((group) => [...PART4_RESULTS, TOTAL].map((column) => `四.${group}.${column}`)),
];

/** The fee amount is kept by the finance office, in no ledger. */
const NOT_FROM_LEDGER = new Set(['二.行政事业性收费.金额万元']);

const DAY_MS = 86_400_000;

function january31(year: number, publishedOn: string | null, asOf: string) {
  const due = `${year + 1}-01-31`;
  if (publishedOn) {
    const daysLate = Math.round((Date.parse(publishedOn) - Date.parse(due)) / DAY_MS);
    return daysLate > 0
      ? { due, status: 'late' as const, statusText: `逾期发布：${publishedOn} 发布，晚于 ${due} ${daysLate} 天`, daysLate }
      : { due, status: 'on-time' as const, statusText: `按时发布：${publishedOn}`, daysLate: null };
  }
  if (asOf > due) {
    const daysLate = Math.round((Date.parse(asOf) - Date.parse(due)) / DAY_MS);
    return { due, status: 'missing' as const, statusText: `截至 ${asOf} 未发布，已逾期 ${daysLate} 天`, daysLate };
  }
  return { due, status: 'pending' as const, statusText: `尚未到期（${due} 前发布）`, daysLate: null };
}

function numericFigures(value: unknown): Figures {
  const figures: Figures = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'number' && Number.isFinite(v)) figures[k] = v;
  }
  return figures;
}

export async function annualComparison(db: Kysely<Database>, agency: string, year: number, asOf: string) {
  const [report, ledger] = await Promise.all([
    db
      .selectFrom('annual_report')
      .select(['published_on', 'submitted_on', 'url', 'figures'])
      .where('agency', '=', agency)
      .where('year', '=', year)
      .executeTakeFirst(),
    computeLedgerTables(db, agency, year),
  ]);
  const published = report ? numericFigures(report.figures) : null;
  const rows = FIGURE_KEYS.map((key) => {
    const p = published ? (published[key] ?? null) : null;
    const c = NOT_FROM_LEDGER.has(key) ? null : (ledger.figures[key] ?? 0);
    return { key, part: key.split('.')[0]!, published: p, computed: c, difference: p !== null && c !== null ? p - c : null };
  });
  return {
    agency,
    year,
    report: report ? { publishedOn: report.published_on, submittedOn: report.submitted_on, url: report.url } : null,
    january31: january31(year, report?.published_on ?? null, asOf),
    rows,
    differences: rows.filter((r) => r.difference !== null && r.difference !== 0).length,
    unclassified: ledger.unclassified,
    brokenIdentities: published ? brokenIdentities(published) : [],
  };
}
