// The working-day calendar the samples are planned on: read from the database's calendar_day (the same
// table the rules use), never guessed. A weekends-only count sits beside it, only to document where a
// naive count would give a different answer.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { yearDays } from '../../db/calendar/workdays.ts';

const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar months, clamped to the month's last day (2025-08-31 + 6 months = 2026-02-28). */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function maxDate(...days: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of days) if (d && (best === null || d > best)) best = d;
  return best;
}

export function minDate(...days: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of days) if (d && (best === null || d < best)) best = d;
  return best;
}

export class WorkCalendar {
  private readonly ordinalOf = new Map<string, number>();
  private readonly workdayOf = new Map<number, string>();
  private readonly work = new Map<string, boolean>();
  private readonly names = new Map<string, string | null>();

  private constructor(
    readonly first: string,
    readonly last: string,
  ) {}

  /** Loads the given years from calendar_day. */
  static async load(db: Kysely<Database>, firstYear: number, lastYear: number): Promise<WorkCalendar> {
    const cal = new WorkCalendar(`${firstYear}-01-01`, `${lastYear}-12-31`);
    for (let year = firstYear; year <= lastYear; year++) {
      for (const row of await yearDays(db, year)) {
        cal.ordinalOf.set(row.day, row.ordinal);
        cal.work.set(row.day, row.is_workday);
        cal.names.set(row.day, row.name);
        if (row.is_workday) cal.workdayOf.set(row.ordinal, row.day);
      }
    }
    return cal;
  }

  private check(day: string): void {
    if (!this.ordinalOf.has(day)) throw new Error(`date outside the loaded calendar: ${day}`);
  }

  /** Workdays on or before the day (calendar_day.ordinal). */
  ord(day: string): number {
    this.check(day);
    return this.ordinalOf.get(day)!;
  }

  isWorkday(day: string): boolean {
    this.check(day);
    return this.work.get(day)!;
  }

  /** A holiday or makeup day's name (春节, 国庆节 …), else null. */
  holidayName(day: string): string | null {
    this.check(day);
    return this.names.get(day) ?? null;
  }

  /** wd(D, N): the workday whose ordinal is ord(D) + N. */
  wd(day: string, n: number): string {
    const target = this.workdayOf.get(this.ord(day) + n);
    if (!target) throw new Error(`wd(${day}, ${n}) leaves the loaded calendar`);
    return target;
  }

  /** The day itself when it is a workday, else the next workday. */
  onOrAfter(day: string): string {
    return this.isWorkday(day) ? day : this.wd(day, 1);
  }

  /** ord(b) − ord(a). */
  between(a: string, b: string): number {
    return this.ord(b) - this.ord(a);
  }

  /** Every workday in [from, to]. */
  workdaysIn(from: string, to: string): string[] {
    const out: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) if (this.isWorkday(d)) out.push(d);
    return out;
  }

  // Weekends only (Monday to Friday, no holidays, no makeup days): what a naive count would say.

  ordWeekendsOnly(day: string): number {
    // Mondays–Fridays from 1970-01-01 (a Thursday) up to and including the day.
    const days = Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
    const weeks = Math.floor(days / 7);
    let count = weeks * 5;
    for (let i = weeks * 7; i <= days; i++) {
      const dow = (i + 4) % 7; // 1970-01-01 was a Thursday (4)
      if (dow !== 0 && dow !== 6) count++;
    }
    return count;
  }

  wdWeekendsOnly(day: string, n: number): string {
    let d = day;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      const dow = weekday(d);
      if (dow !== 0 && dow !== 6) left--;
    }
    return d;
  }
}
