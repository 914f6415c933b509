// The period an appraisal covers: the calendar year by default, or an explicit from..to inside it (a
// half-year check). A finding falls in the period by its due date (or its actual date when it has none);
// a review or lawsuit by the answer date of its request, as in the annual report's part 四.
export interface AppraisalPeriod {
  from: string;
  to: string;
}

export function yearPeriod(year: number): AppraisalPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function shiftYear(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // 29 February moves to 28 February in a common year.
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** The same period one year earlier, for the year-over-year comparison. */
export function previousPeriod(period: AppraisalPeriod): AppraisalPeriod {
  return { from: shiftYear(period.from, -1), to: shiftYear(period.to, -1) };
}

export function describePeriod(period: AppraisalPeriod): string {
  return `${period.from} 至 ${period.to}`;
}
