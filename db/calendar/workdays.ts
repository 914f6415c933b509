// Working-day arithmetic on calendar_day. wd(D, N) is the workday whose ordinal is ordinal(D) + N, where
// ordinal(D) counts the workdays on or before D: the day of receipt is not counted, and a receipt on a
// holiday starts counting at the next workday (NATIONAL.md, "Counting days"; 民法典第二百零一条).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { CalendarRangeError } from './errors.ts';
import { isIsoDate, yearOf } from './dates.ts';

type Db = Kysely<Database>;

function assertDate(value: string): void {
  if (!isIsoDate(value)) throw new TypeError(`不是有效日期 / not a date (YYYY-MM-DD): ${value}`);
}

async function dayRow(db: Db, day: string) {
  assertDate(day);
  const row = await db
    .selectFrom('calendar_day')
    .select(['day', 'is_workday', 'ordinal', 'name'])
    .where('day', '=', day)
    .executeTakeFirst();
  if (!row) throw new CalendarRangeError(yearOf(day), `${day}`);
  return row;
}

/** The year just past the loaded calendar in the direction of a count (the one that is missing). */
async function yearBeyond(db: Db, forward: boolean): Promise<number> {
  const bounds = await db
    .selectFrom('calendar_year')
    .select([sql<number>`min(year)`.as('first'), sql<number>`max(year)`.as('last')])
    .executeTakeFirstOrThrow();
  return forward ? bounds.last + 1 : bounds.first - 1;
}

export async function addWorkdays(db: Db, day: string, workdays: number): Promise<string> {
  if (!Number.isInteger(workdays)) throw new TypeError(`工作日数必须是整数 / not a whole number: ${workdays}`);
  const start = await dayRow(db, day);
  const target = await db
    .selectFrom('calendar_day')
    .select('day')
    .where('is_workday', '=', true)
    .where('ordinal', '=', start.ordinal + workdays)
    .executeTakeFirst();
  if (!target) {
    throw new CalendarRangeError(await yearBeyond(db, workdays >= 0), `${day} ${workdays >= 0 ? '+' : ''}${workdays}`);
  }
  return target.day;
}

export async function isWorkday(db: Db, day: string): Promise<{ workday: boolean; name: string | null }> {
  const row = await dayRow(db, day);
  return { workday: row.is_workday, name: row.name };
}

export async function workdayOrdinal(db: Db, day: string): Promise<number> {
  return (await dayRow(db, day)).ordinal;
}

/** Working days from `from` to `to`: ordinal(to) − ordinal(from). */
export async function workdaysBetween(db: Db, from: string, to: string): Promise<number> {
  const [a, b] = await Promise.all([dayRow(db, from), dayRow(db, to)]);
  return b.ordinal - a.ordinal;
}

export async function yearDays(db: Db, year: number) {
  const rows = await db
    .selectFrom('calendar_day')
    .select(['day', 'is_workday', 'ordinal', 'name'])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
  if (rows.length === 0) throw new CalendarRangeError(year);
  return rows;
}
