import { expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { addWorkdays, isWorkday, workdayOrdinal, workdaysBetween } from '../../db/calendar/workdays.ts';
import { calendarRange, loadCalendarYears } from '../../db/calendar/load.ts';
import { yearFromLists } from '../../db/calendar/sources.ts';
import { CalendarRangeError } from '../../db/calendar/errors.ts';

describeOnDatabases('working-day calendar', (use) => {
  it.each([
    ['2025-09-26', 7, '2025-10-13'],
    ['2025-09-26', 20, '2025-10-30'],
    ['2025-09-26', 40, '2025-11-27'],
    // STYLE.md's example: received 2024-10-08, the 20th workday counts the 12 Oct makeup Saturday.
    ['2024-10-08', 20, '2024-11-04'],
    // Spring Festival 2024 (Feb 10–17 off, Feb 4 and Feb 18 makeup Sundays).
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-09', 2, '2024-02-19'],
  ])('%s + %i working days = %s', async (start, n, due) => {
    expect(await addWorkdays(use().db, start, n)).toBe(due);
  });

  it('knows makeup days and holidays', async () => {
    const { db } = use();
    expect((await isWorkday(db, '2024-09-29')).workday).toBe(true); // Sunday, makeup
    expect((await isWorkday(db, '2024-10-12')).workday).toBe(true); // Saturday, makeup
    for (let d = 1; d <= 7; d++) {
      const day = `2024-10-0${d}`;
      expect((await isWorkday(db, day)).workday, day).toBe(false);
    }
    expect(await isWorkday(db, '2024-10-01')).toEqual({ workday: false, name: '国庆节' });
    expect((await isWorkday(db, '2024-10-19')).workday).toBe(false); // an ordinary Saturday
  });

  it('starts counting a receipt on a holiday at the next workday', async () => {
    const { db } = use();
    // Received on 2024-10-03 (holiday): day 1 is 2024-10-08, as for a receipt on 2024-09-30.
    expect(await addWorkdays(db, '2024-10-03', 1)).toBe('2024-10-08');
    expect(await addWorkdays(db, '2024-10-03', 20)).toBe(await addWorkdays(db, '2024-09-30', 20));
    expect(await workdayOrdinal(db, '2024-10-03')).toBe(await workdayOrdinal(db, '2024-09-30'));
    expect(await workdaysBetween(db, '2024-09-30', '2024-10-08')).toBe(1);
  });

  it('refuses to count into 2027 and names the year', async () => {
    const { db } = use();
    await expect(addWorkdays(db, '2026-12-20', 20)).rejects.toThrow(CalendarRangeError);
    await expect(addWorkdays(db, '2026-12-20', 20)).rejects.toThrow(/2027/);
    await expect(isWorkday(db, '2027-01-04')).rejects.toThrow(/2027/);
    await expect(addWorkdays(db, '2018-12-28', 1)).rejects.toThrow(/2018/);
  });

  it('loads a year from a notice, bumps the version and counts across it', async () => {
    const { db } = use();
    const before = await calendarRange(db);
    const holidays = new Map<string, string | null>([['2027-01-01', '元旦']]);
    const makeup = new Map<string, string | null>([['2027-01-02', '元旦']]);
    await expect(loadCalendarYears(db, yearFromLists(2028, new Map(), new Map()), 'test')).rejects.toThrow(/2027/);
    const version = await loadCalendarYears(db, yearFromLists(2027, holidays, makeup), 'test');
    expect(version).toBe(before.version + 1);
    // 2026-12-31 (Thu) + 1 → 2027-01-01 is off, 2027-01-02 (Sat) is a makeup day.
    expect(await addWorkdays(db, '2026-12-31', 1)).toBe('2027-01-02');
    expect((await calendarRange(db)).last).toBe('2027-12-31');
    // Ordinals stay continuous across the year boundary.
    expect(await workdaysBetween(db, '2026-12-31', '2027-01-04')).toBe(2);
  });
});
