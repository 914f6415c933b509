// The rows an appraisal counts, as one SQL relation: every finding of a scheme's rules that falls in the
// period with a counted status, and every ledger fact a deduction names (a review or lawsuit lost). The
// scores aggregate this relation and the evaluation sheet's evidence lists it, so both see the same rows.
import { sql, type RawBuilder } from 'kysely';
import type { AppraisalScheme } from './scheme.ts';
import type { AppraisalPeriod } from './period.ts';

export interface CountingScope {
  agency: string;
  period: AppraisalPeriod;
  scheme: AppraisalScheme;
}

/**
 * Which section's rows: an SQL expression the section equals (a lateral column, say), or 'none' for the
 * rows that name no section (they count against the agency as a whole). Every row when absent.
 */
export type SectionFilter = { equals: RawBuilder<unknown> } | 'none';

function sectionIs(column: RawBuilder<unknown>, filter: SectionFilter | undefined): RawBuilder<unknown> {
  if (filter === undefined) return sql`true`;
  return filter === 'none' ? sql`${column} is null` : sql`${column} = ${filter.equals}`;
}

interface MappingRow {
  item: string;
  item_order: number;
  deduction: string;
  deduction_order: number;
  points: number;
  per: string;
  rule: string | null;
  ledger: string | null;
}

function mappingRows(scheme: AppraisalScheme): MappingRow[] {
  const rows: MappingRow[] = [];
  scheme.items.forEach((item, itemOrder) =>
    item.deductions.forEach((d, deductionOrder) => {
      const base = { item: item.id, item_order: itemOrder, deduction: d.id, deduction_order: deductionOrder, points: d.points, per: d.per };
      for (const rule of d.rules) rows.push({ ...base, rule, ledger: null });
      if (d.ledger) rows.push({ ...base, rule: null, ledger: d.ledger });
    }),
  );
  return rows;
}

/**
 * Columns: finding_id (null for a ledger fact), section, item, item_order, deduction, deduction_order,
 * points, counted_key (what one deduction counts: the ledger item, or the finding itself), rule (null
 * for a ledger fact), fact (what the ledger fact is, e.g. 行政复议结果为纠正), subject_kind, subject, and
 * the finding's due, actual, late_workdays, status, status_note and title (a ledger fact's actual date is
 * its request's answer date).
 */
export function countedRelation({ agency, period, scheme }: CountingScope, section?: SectionFilter): RawBuilder<unknown> {
  const mapping = JSON.stringify(mappingRows(scheme));
  const statuses = sql.join(scheme.countStatuses.map((s) => sql`${s}`));
  return sql`(
    with mapping as (
      select * from jsonb_to_recordset(${mapping}::jsonb) as m(
        item text, item_order int, deduction text, deduction_order int, points numeric, per text, rule text, ledger text)
    )
    select f.id as finding_id, f.section, m.item, m.item_order, m.deduction, m.deduction_order, m.points,
      case when m.per = 'finding' then 'finding:' || f.id else f.subject_kind || ':' || f.subject end as counted_key,
      f.rule, null::text as fact, f.subject_kind, f.subject,
      f.due, f.actual, f.late_workdays, f.status, f.status_note, f.details->>'title' as title
    from finding f
    join mapping m on m.rule = f.rule
    where f.agency = ${agency}
      and ${sectionIs(sql`f.section`, section)}
      and f.status in (${statuses})
      and not f.resolved_by_data
      -- The appraisal year read as \`gongkai check --from/--to\` reads a period (finding.period_date).
      and coalesce(f.period_date, f.due, f.actual) between ${period.from}::date and ${period.to}::date
    union all
    select null::bigint, r.section, m.item, m.item_order, m.deduction, m.deduction_order, m.points,
      'request:' || r.request_no || ':' || lost.kind, null, lost.kind || '结果为纠正', 'request', r.request_no,
      null::date, r.answered_on, null::int, null::text, null::text, null::text
    from request r
    cross join lateral (values
      ('行政复议', r.review_result),
      ('行政诉讼', regexp_replace(r.litigation_result, '^复议后-', ''))
    ) as lost(kind, result)
    join mapping m on m.ledger = 'review-litigation-lost'
    where r.agency = ${agency}
      and ${sectionIs(sql`r.section`, section)}
      and r.answered_on between ${period.from}::date and ${period.to}::date
      and lost.result = '纠正'
  )`;
}
