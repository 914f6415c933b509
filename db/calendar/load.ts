// Loading calendar years into calendar_day, and keeping the workday ordinals continuous across them.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { BUNDLED_YEARS, CHINESE_DAYS_SOURCE, chineseDaysYear, type CalendarDaySpec } from './sources.ts';
import { CalendarRangeError } from './errors.ts';

type Db = Kysely<Database>;

export interface CalendarRange {
  first: string | null;
  last: string | null;
  years: number[];
  version: number;
  sources: string[];
}

export async function calendarRange(db: Db): Promise<CalendarRange> {
  const years = await db.selectFrom('calendar_year').select(['year', 'version', 'source']).orderBy('year').execute();
  const bounds = await db
    .selectFrom('calendar_day')
    .select([sql<string | null>`min(day)`.as('first'), sql<string | null>`max(day)`.as('last')])
    .executeTakeFirstOrThrow();
  return {
    first: bounds.first,
    last: bounds.last,
    years: years.map((y) => y.year),
    version: years.reduce((max, y) => Math.max(max, y.version), 0),
    sources: [...new Set(years.map((y) => y.source))],
  };
}

/**
 * Replaces the given years' days and renumbers the ordinals of the whole calendar in one statement.
 * The loaded years must stay contiguous: a gap would make every count across it wrong.
 */
export async function loadCalendarYears(db: Db, days: CalendarDaySpec[], source: string): Promise<number> {
  const years = [...new Set(days.map((d) => Number(d.day.slice(0, 4))))].sort((a, b) => a - b);
  return db.transaction().execute(async (trx) => {
    const loaded = (await trx.selectFrom('calendar_year').select('year').execute()).map((r) => r.year);
    const all = [...new Set([...loaded, ...years])].sort((a, b) => a - b);
    for (let i = 1; i < all.length; i++) {
      const gap = all[i - 1]! + 1;
      if (all[i] !== gap) throw new CalendarRangeError(gap, `loading ${years.join(', ')} would leave ${gap} out`);
    }
    const current = await trx
      .selectFrom('calendar_year')
      .select(sql<number>`coalesce(max(version), 0)`.as('version'))
      .executeTakeFirstOrThrow();
    const version = current.version + 1;

    await trx.deleteFrom('calendar_day').where(sql<number>`extract(year from day)`, 'in', years).execute();
    await sql`
      insert into calendar_day (day, is_workday, ordinal, name, source)
      select d.day, d.is_workday, 0, d.name, ${source}
      from unnest(${days.map((d) => d.day)}::date[], ${days.map((d) => d.isWorkday)}::boolean[],
                  ${days.map((d) => d.name)}::text[]) as d(day, is_workday, name)`.execute(trx);
    await sql`
      update calendar_day c set ordinal = n.ordinal
      from (select day, (sum(case when is_workday then 1 else 0 end) over (order by day))::int as ordinal
            from calendar_day) n
      where c.day = n.day and c.ordinal is distinct from n.ordinal`.execute(trx);
    await trx.deleteFrom('calendar_year').where('year', 'in', years).execute();
    await trx
      .insertInto('calendar_year')
      .values(years.map((year) => ({ year, source, version })))
      .execute();
    return version;
  });
}

/** Loads the bundled years (2019–2026) when the calendar is empty; a no-op otherwise. */
export async function ensureBundledCalendar(db: Db): Promise<void> {
  const any = await db.selectFrom('calendar_year').select('year').limit(1).executeTakeFirst();
  if (any) return;
  const days: CalendarDaySpec[] = [];
  for (let year = BUNDLED_YEARS.first; year <= BUNDLED_YEARS.last; year++) days.push(...chineseDaysYear(year));
  await loadCalendarYears(db, days, CHINESE_DAYS_SOURCE);
}
