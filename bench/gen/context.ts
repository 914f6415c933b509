// What every ledger generator shares: the calendar, the period the ledgers cover, the as-of date, and a
// sampler of days (by year, with the volume growing year on year, mostly on working days).
import type { WorkCalendar } from './calendar.ts';
import { dayNumber } from './calendar.ts';
import type { Rng } from './random.ts';
import type { ExpectedFindings } from './plants.ts';

export interface GenContext {
  seed: number;
  cal: WorkCalendar;
  firstYear: number;
  lastYear: number;
  /** Day number of the as-of date: nothing happens after it. */
  asOf: number;
  expected: ExpectedFindings;
}

/** The year-on-year growth of every ledger's volume. */
const GROWTH = 1.08;

export class DaySampler {
  private readonly years: { year: number; cumulative: number; work: number[]; rest: number[] }[] = [];

  constructor(ctx: GenContext) {
    let cumulative = 0;
    for (let year = ctx.firstYear; year <= ctx.lastYear; year++) {
      cumulative += GROWTH ** (year - ctx.firstYear);
      const work: number[] = [];
      const rest: number[] = [];
      for (let d = dayNumber(`${year}-01-01`); d <= dayNumber(`${year}-12-31`) && d <= ctx.asOf; d++) {
        (ctx.cal.isWorkday(d) ? work : rest).push(d);
      }
      this.years.push({ year, cumulative, work, rest });
    }
    const total = cumulative;
    for (const y of this.years) y.cumulative /= total;
  }

  /** A day: a working day with probability `workShare`, else a weekend or holiday. */
  sample(rng: Rng, workShare: number): number {
    const u = rng.next();
    const y = this.years.find((entry) => u < entry.cumulative) ?? this.years[this.years.length - 1]!;
    const pool = rng.chance(workShare) || y.rest.length === 0 ? y.work : y.rest;
    return pool[Math.floor(rng.next() * pool.length)]!;
  }

  /** `n` days, sorted. */
  sorted(rng: Rng, n: number, workShare: number): Int32Array {
    const days = new Int32Array(n);
    for (let i = 0; i < n; i++) days[i] = this.sample(rng, workShare);
    return days.sort();
  }
}

export function yearOfDay(iso: string): number {
  return Number(iso.slice(0, 4));
}
