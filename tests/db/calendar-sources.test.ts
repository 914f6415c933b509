// The bundled calendar against a second, independent source (tyme4ts's legal-holiday table): every day
// of every loaded year must agree on workday or not.
import { expect, it } from 'vitest';
import { LegalHoliday } from 'tyme4ts';
import { describeOnDatabases } from '../helpers/databases.ts';
import { BUNDLED_YEARS } from '../../db/calendar/sources.ts';
import { weekday } from '../../db/calendar/dates.ts';

function tymeIsWorkday(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const holiday = LegalHoliday.fromYmd(y, m, d);
  if (holiday) return holiday.isWork();
  const dow = weekday(day);
  return dow !== 0 && dow !== 6;
}

describeOnDatabases('calendar sources agree', (use) => {
  it(`matches tyme4ts on every day of ${BUNDLED_YEARS.first}–${BUNDLED_YEARS.last}`, async () => {
    const rows = await use().db.selectFrom('calendar_day').select(['day', 'is_workday']).orderBy('day').execute();
    const expectedDays = (Date.UTC(BUNDLED_YEARS.last + 1, 0, 1) - Date.UTC(BUNDLED_YEARS.first, 0, 1)) / 86_400_000;
    expect(rows.length).toBe(expectedDays);
    const differences = rows.filter((r) => r.is_workday !== tymeIsWorkday(r.day)).map((r) => r.day);
    expect(differences).toEqual([]);
  });

  it('numbers the workdays continuously', async () => {
    const rows = await use().db.selectFrom('calendar_day').select(['day', 'is_workday', 'ordinal']).orderBy('day').execute();
    let count = 0;
    const wrong = rows.filter((r) => {
      if (r.is_workday) count++;
      return r.ordinal !== count;
    });
    expect(wrong).toEqual([]);
  });
});
