// The overview's counts in one scan of the findings: GROUPING SETS give the totals by rule, by section, by
// month of the due date, by status and by severity, and the grand total, from the same filtered rows.
import { sql, type Kysely } from 'kysely';
import type { Database, FindingStatus, Severity } from '../../db/schema.ts';
import type { ScopedFilter } from './scoped.ts';
import { ruleTitle } from './findings.ts';

export interface OverviewFilter extends ScopedFilter {
  from?: string | undefined;
  to?: string | undefined;
}

interface GroupRow {
  set: 'rule' | 'section' | 'month' | 'status' | 'severity' | 'total';
  key: string | null;
  n: number;
  open: number;
}

export async function overview(db: Kysely<Database>, f: OverviewFilter) {
  const conditions = [sql`not f.resolved_by_data`];
  if (f.agency) conditions.push(sql`f.agency = ${f.agency}`);
  if (f.section) conditions.push(sql`f.section = ${f.section}`);
  // A finding's place in time is its due date, or its subject's own date when it has none (period_date, as
  // `gongkai check --from/--to` reads a period); rows merged before period_date existed have only the due date.
  const when = sql`coalesce(f.period_date, f.due)`;
  if (f.from) conditions.push(sql`${when} >= ${f.from}::date`);
  if (f.to) conditions.push(sql`${when} <= ${f.to}::date`);
  const { rows } = await sql<GroupRow>`
    select
      case
        when grouping(f.rule) = 0 then 'rule'
        when grouping(f.section) = 0 then 'section'
        when grouping(to_char(${when}, 'YYYY-MM')) = 0 then 'month'
        when grouping(f.status) = 0 then 'status'
        when grouping(f.severity) = 0 then 'severity'
        else 'total'
      end as set,
      coalesce(f.rule, f.section, to_char(${when}, 'YYYY-MM'), f.status, f.severity) as key,
      count(*)::int as n,
      (count(*) filter (where f.status = 'open'))::int as open
    from finding f
    where ${sql.join(conditions, sql` and `)}
    group by grouping sets ((f.rule), (f.section), (to_char(${when}, 'YYYY-MM')), (f.status), (f.severity), ())`.execute(db);

  const of = (set: GroupRow['set']) => rows.filter((r) => r.set === set);
  const byStatus: Record<FindingStatus, number> = { open: 0, rectified: 0, explained: 0, waived: 0 };
  for (const r of of('status')) byStatus[r.key as FindingStatus] = r.n;
  const bySeverity: Record<Severity, number> = { info: 0, warning: 0, error: 0 };
  for (const r of of('severity')) bySeverity[r.key as Severity] = r.n;
  return {
    total: of('total')[0]?.n ?? 0,
    byRule: of('rule')
      .map((r) => ({ rule: r.key!, title: ruleTitle(r.key!), count: r.n }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    bySection: of('section')
      .map((r) => ({ section: r.key, count: r.n, open: r.open }))
      .sort((a, b) => b.count - a.count || String(a.section).localeCompare(String(b.section))),
    byMonth: of('month')
      .map((r) => ({ month: r.key, count: r.n }))
      .sort((a, b) => String(a.month ?? '9999').localeCompare(String(b.month ?? '9999'))),
    byStatus,
    bySeverity,
  };
}
