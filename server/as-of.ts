// The as-of date of a read that judges open items (overdue or not): the one asked for, else today in
// China; a date outside the loaded calendar is a 400 naming the missing year, never a silent guess.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { todayInChina } from '../db/calendar/dates.ts';
import { workdayOrdinal } from '../db/calendar/workdays.ts';
import { CalendarRangeError } from '../db/calendar/errors.ts';
import { badRequest } from './errors.ts';

export async function checkedAsOf(db: Kysely<Database>, requested: string | undefined): Promise<string> {
  const asOf = requested ?? todayInChina();
  try {
    await workdayOrdinal(db, asOf);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw badRequest(error.message, 'asOf');
    throw error;
  }
  return asOf;
}
