// A ledger as the rules see it: one relation (alias `x`) of its rows with every due date computed, the
// columns that name a finding's subject, section and period date, and the year of any date the
// computation needed that the loaded calendar lacks.
import { sql } from 'kysely';
import type { RuleLedger, Sql } from '../types.ts';
import type { DeadlineParams } from './deadlines.ts';

export interface RelationContext {
  agency: string;
  asOf: string;
  deadlines: DeadlineParams;
}

export interface LedgerRelation {
  ledger: RuleLedger;
  /** Column of x holding the finding's subject (the ledger's own key). */
  subject: string;
  /** Column of x holding the section, or null when the ledger has none. */
  section: string | null;
  /** Column of x whose date places a finding without a due date in a period. */
  periodDate: string;
  /** A select whose rows are x; it must include `calendar_gap_year` (integer or null). */
  relation(context: RelationContext): Sql;
}

/**
 * The year of the first of `dates` that is set but has no calendar row; each pair is the ledger date and
 * its calendar_day join alias.
 */
export function calendarGapYear(pairs: [date: string, calendarAlias: string][]): Sql<number | null> {
  const cases = pairs.map(
    ([date, alias]) => sql`case when ${sql.raw(date)} is not null and ${sql.raw(alias)}.day is null
      then extract(year from ${sql.raw(date)})::int end`,
  );
  return sql<number | null>`least(${sql.join(cases)})`;
}

/** `left join calendar_day <alias> on <alias>.day = <date>`: the date's ordinal. */
export function calendarOf(alias: string, date: Sql | string): Sql {
  const expr = typeof date === 'string' ? sql.raw(date) : date;
  return sql`left join calendar_day ${sql.raw(alias)} on ${sql.raw(alias)}.day = ${expr}`;
}

/** `left join calendar_day <alias>` on the workday `n` workdays after the day joined as `from`. */
export function workdayAfter(alias: string, from: string, n: Sql<number>): Sql {
  const a = sql.raw(alias);
  return sql`left join calendar_day ${a} on ${a}.is_workday and ${a}.ordinal = ${sql.raw(from)}.ordinal + ${n}`;
}
