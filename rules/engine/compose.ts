// One scan per ledger. As ESLint walks a file once and calls every rule's listeners, the engine reads a
// ledger's relation once: every enabled rule contributes its condition to one array of hits per row (and
// its due, actual, details and message, computed for its hits alone), so a single query yields the
// findings of all rules for that ledger. A pseudo-rule reports rows whose dates leave the loaded calendar,
// so the run can fail naming the missing year.
import { sql } from 'kysely';
import type { LedgerRelation, RelationContext } from '../ledgers/relation.ts';
import { SUBJECT_KIND, type RowRule, type Sql } from '../types.ts';
import { templateSql } from './messages.ts';

export const CALENDAR_GAP = '$calendar-gap';

export interface EnabledRowRule {
  rule: RowRule;
  options: Record<string, unknown>;
}

export interface ScanContext extends RelationContext {
  from: string | null;
  to: string | null;
}

/** The finding-stage columns, in order. */
export const STAGE_COLUMNS = [
  'rule',
  'severity',
  'subject_kind',
  'subject',
  'section',
  'due',
  'actual',
  'late_workdays',
  'message',
  'details',
  'period_date',
  'gap_year',
] as const;

export function ledgerScanSql(relation: LedgerRelation, rules: EnabledRowRule[], context: ScanContext): Sql {
  const asOf = sql<string>`${context.asOf}::date`;
  const checks = rules.map(({ rule, options }) => ({ rule, check: rule.create({ options, asOf, deadlines: context.deadlines }) }));
  const nullDate = sql`null::date`;

  // Each row's hits as one array of rule numbers (1-based; 1 is the calendar-gap pseudo-rule): every rule's
  // condition is evaluated once per row, and only the hits become rows.
  const ids = [CALENDAR_GAP, ...checks.map(({ rule }) => rule.meta.id)];
  const severities = ['error', ...checks.map(({ rule }) => rule.meta.severity)];
  const lateModes = ['none', ...checks.map(({ check }) => check.late ?? 'actual')];
  const flags = [sql`x.calendar_gap_year is not null`, ...checks.map(({ check }) => sql`(${check.when})::boolean`)];
  const hitNumbers = sql`array_remove(array[${sql.join(
    flags.map((flag, i) => sql`case when ${flag} then ${sql.raw(String(i + 1))} end`),
  )}]::int[], null)`;
  const byRule = (field: (check: (typeof checks)[number]['check']) => Sql | string | undefined, cast: string, otherwise: Sql) =>
    sql`(case r.rule ${sql.join(
      checks.map(({ rule, check }) => {
        const value = field(check);
        return sql`when ${rule.meta.id} then (${value === undefined ? otherwise : value})${sql.raw(cast)}`;
      }),
      sql` `,
    )} else ${otherwise} end)`;

  if (checks.some(({ rule, check }) => typeof check.messageId === 'string' && !(check.messageId in rule.meta.messages))) {
    throw new Error('a rule names a message it does not define');
  }
  const messages = checks.flatMap(({ rule }) =>
    Object.entries(rule.meta.messages).map(
      ([id, template]) => sql`when ${`${rule.meta.id}#${id}`} then ${templateSql(template)}`,
    ),
  );

  const subject = sql.ref(`x.${relation.subject}`);
  const section = relation.section ? sql.ref(`x.${relation.section}`) : sql`null::text`;
  const periodDate = sql.ref(`x.${relation.periodDate}`);
  const subjectKind = SUBJECT_KIND[relation.ledger];

  return sql`
    with x as (${relation.relation(context)}),
    flagged as (select x.*, ${hitNumbers} as hit_numbers from x),
    hits as (
      select r.rule, r.severity, r.late_mode, ${subject}::text as subject, ${section}::text as section,
             ${periodDate}::date as period_date,
             ${byRule((c) => c.due, '::date', nullDate)} as due,
             ${byRule((c) => c.actual, '::date', nullDate)} as actual,
             ${byRule((c) => c.details, '::jsonb', sql`'{}'::jsonb`)} as details,
             case when r.rule = ${CALENDAR_GAP} then x.calendar_gap_year end as gap,
             ${byRule((c) => c.messageId, '::text', sql`''`)} as message_id
      from flagged x
      cross join lateral unnest(x.hit_numbers) as n(i)
      cross join lateral (select (${ids}::text[])[n.i] as rule, (${severities}::text[])[n.i] as severity,
                                 (${lateModes}::text[])[n.i] as late_mode) r
    ),
    f as (
      select h.*, ${asOf} as as_of,
        case
          when h.due is null or h.late_mode = 'none' then null
          when h.actual is not null and h.actual > h.due then c_actual.ordinal - c_due.ordinal
          when h.actual is null and h.late_mode = 'actual-or-as-of' and ${asOf} > h.due
            then (select ordinal from calendar_day where day = ${asOf}) - c_due.ordinal
        end as late_workdays,
        coalesce(h.gap,
          case when h.due is not null and c_due.day is null then extract(year from h.due)::int
               when h.actual is not null and c_actual.day is null then extract(year from h.actual)::int end) as gap_year
      from hits h
      left join calendar_day c_due on c_due.day = h.due
      left join calendar_day c_actual on c_actual.day = h.actual
    )
    select f.rule, f.severity, ${subjectKind}::text as subject_kind, f.subject, f.section, f.due, f.actual,
      f.late_workdays,
      case f.rule || '#' || f.message_id ${messages.length ? sql.join(messages, sql` `) : sql``} else '' end as message,
      f.details, f.period_date, f.gap_year
    from f
    where f.gap_year is not null
       or ((${context.from}::date is null or coalesce(f.due, f.period_date) >= ${context.from}::date)
       and (${context.to}::date is null or coalesce(f.due, f.period_date) <= ${context.to}::date))`;
}
