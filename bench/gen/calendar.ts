// The working-day calendar the generator plans on: every row of calendar_day, read once from a throw-away
// embedded database (the same bundled calendar the rules join to), held in typed arrays indexed by day
// number (days since 1970-01-01). Lags step on workday ordinals exactly as the rules count them —
// wd(D, N) is the workday whose ordinal is ordinal(D) + N — never on a weekends-only guess.
import { openDatabase } from '../../db/connection.ts';

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export class WorkCalendar {
  /** Day number of the first loaded day. */
  readonly first: number;
  readonly last: number;
  private readonly ordinals: Int32Array;
  private readonly workdays: Uint8Array;
  /** ordinal → day number of the workday with that ordinal. */
  private readonly byOrdinal: Int32Array;
  private readonly iso: string[];

  constructor(rows: { day: string; is_workday: boolean; ordinal: number }[]) {
    if (rows.length === 0) throw new Error('calendar_day is empty');
    this.first = dayNumber(rows[0]!.day);
    this.last = dayNumber(rows[rows.length - 1]!.day);
    const size = this.last - this.first + 1;
    if (size !== rows.length) throw new Error(`calendar_day has gaps: ${rows.length} rows for ${size} days`);
    this.ordinals = new Int32Array(size);
    this.workdays = new Uint8Array(size);
    let maxOrdinal = 0;
    for (const r of rows) maxOrdinal = Math.max(maxOrdinal, r.ordinal);
    this.byOrdinal = new Int32Array(maxOrdinal + 1).fill(-1);
    this.iso = new Array<string>(size);
    rows.forEach((r, i) => {
      this.ordinals[i] = r.ordinal;
      this.workdays[i] = r.is_workday ? 1 : 0;
      this.iso[i] = r.day;
      if (r.is_workday) this.byOrdinal[r.ordinal] = this.first + i;
    });
  }

  /** Every row of calendar_day, from a throw-away embedded database. */
  static async load(): Promise<WorkCalendar> {
    const gk = await openDatabase('memory://');
    try {
      const rows = await gk.db.selectFrom('calendar_day').select(['day', 'is_workday', 'ordinal']).orderBy('day').execute();
      return new WorkCalendar(rows);
    } finally {
      await gk.close();
    }
  }

  private index(day: number): number {
    const i = day - this.first;
    if (i < 0 || day > this.last) throw new Error(`day ${isoOf(day)} is outside the loaded calendar`);
    return i;
  }

  has(day: number): boolean {
    return day >= this.first && day <= this.last;
  }

  isoOf(day: number): string {
    return this.iso[this.index(day)]!;
  }

  isWorkday(day: number): boolean {
    return this.workdays[this.index(day)] === 1;
  }

  /** Workdays on or before the day. */
  ordinal(day: number): number {
    return this.ordinals[this.index(day)]!;
  }

  /** wd(D, N): the workday whose ordinal is ordinal(D) + N. */
  wd(day: number, n: number): number {
    const target = this.ordinal(day) + n;
    const found = target >= 0 && target < this.byOrdinal.length ? this.byOrdinal[target]! : -1;
    if (found < 0) throw new Error(`${isoOf(day)} + ${n} working days leaves the loaded calendar`);
    return found;
  }

  /** The day itself when it is a workday, else the next workday. */
  nextWorkday(day: number): number {
    let d = day;
    while (!this.isWorkday(d)) d++;
    return d;
  }

  /** Working days from a to b: ordinal(b) − ordinal(a). */
  between(a: number, b: number): number {
    return this.ordinal(b) - this.ordinal(a);
  }
}
