// Where calendar years come from: the chinese-days package (State Council notices as published), or a
// small file of one year's holidays and makeup days for a year no package has yet.
import chineseDays from 'chinese-days';
import { daysOfYear, weekday } from './dates.ts';
import { packageVersion } from '../package-version.ts';

export interface CalendarDaySpec {
  day: string;
  isWorkday: boolean;
  name: string | null;
}

export const CHINESE_DAYS_SOURCE = `chinese-days@${packageVersion('chinese-days')}`;

/** The years the bundled calendar covers (the range; chinese-days has notices up to 2026). */
export const BUNDLED_YEARS = { first: 2019, last: 2026 } as const;

export function chineseDaysYear(year: number): CalendarDaySpec[] {
  return [...daysOfYear(year)].map((day) => {
    const detail = chineseDays.getDayDetail(day);
    // Holidays and makeup days are named "English,中文,days"; ordinary days only by their weekday.
    const holidayName = detail.name.includes(',') ? (detail.name.split(',')[1] ?? null) : null;
    return { day, isWorkday: detail.work, name: holidayName };
  });
}

/**
 * A year from the notice's two lists: every listed holiday is a rest day, every listed makeup day a
 * workday, every other day follows the week.
 */
export function yearFromLists(
  year: number,
  holidays: ReadonlyMap<string, string | null>,
  makeupDays: ReadonlyMap<string, string | null>,
): CalendarDaySpec[] {
  return [...daysOfYear(year)].map((day) => {
    if (holidays.has(day)) return { day, isWorkday: false, name: holidays.get(day) ?? null };
    if (makeupDays.has(day)) return { day, isWorkday: true, name: makeupDays.get(day) ?? null };
    const dow = weekday(day);
    return { day, isWorkday: dow !== 0 && dow !== 6, name: null };
  });
}
