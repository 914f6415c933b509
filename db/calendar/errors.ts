/** A date, or a count of working days, that leaves the loaded calendar: never guessed from weekends. */
export class CalendarRangeError extends Error {
  readonly code = 'CALENDAR_YEAR_MISSING';
  constructor(readonly year: number, detail?: string) {
    super(
      `工作日历缺少 ${year} 年（国务院办公厅节假日安排尚未载入；可用 gongkai calendar import <文件> 载入）` +
        ` / the working-day calendar has no ${year}: load its holiday notice with 'gongkai calendar import <file>'` +
        (detail ? ` (${detail})` : ''),
    );
    this.name = 'CalendarRangeError';
  }
}
