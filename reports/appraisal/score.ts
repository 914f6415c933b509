// Scores from tallies (pure arithmetic over a few dozen aggregate rows): each deduction costs its points
// per count, an item loses at most its cap (扣完为止: by default its maximum), the total is the sum of the
// item scores and the grade follows the scheme's cut-offs.
import { gradeOf, maxTotal, type AppraisalScheme } from './scheme.ts';
import type { DeductionTally } from './tally.ts';

export interface DeductionScore {
  id: string;
  name: string;
  points: number;
  count: number;
  /** points × count, before the item's cap. */
  deducted: number;
  findingIds: number[];
  ledgerSubjects: string[];
}

export interface ItemScore {
  id: string;
  name: string;
  max: number;
  /** Deductions of the item after its cap. */
  deducted: number;
  score: number;
  deductions: DeductionScore[];
}

export interface Score {
  items: ItemScore[];
  deducted: number;
  total: number;
  max: number;
  grade: string;
}

/** Points are often halves; rounding to hundredths keeps 0.1 + 0.2 from showing as 0.30000000000000004. */
export const roundPoints = (n: number) => Math.round(n * 100) / 100;

export function scoreFromTallies(scheme: AppraisalScheme, tallies: DeductionTally[]): Score {
  const byDeduction = new Map(tallies.map((t) => [t.deduction, t]));
  const items = scheme.items.map((item): ItemScore => {
    const deductions = item.deductions.map((d): DeductionScore => {
      const tally = byDeduction.get(d.id);
      const count = tally?.count ?? 0;
      return {
        id: d.id,
        name: d.name,
        points: d.points,
        count,
        deducted: roundPoints(d.points * count),
        findingIds: tally?.findingIds ?? [],
        ledgerSubjects: tally?.ledgerSubjects ?? [],
      };
    });
    const raw = deductions.reduce((sum, d) => sum + d.deducted, 0);
    const deducted = roundPoints(Math.min(raw, item.cap ?? item.max));
    return { id: item.id, name: item.name, max: item.max, deducted, score: roundPoints(item.max - deducted), deductions };
  });
  const total = roundPoints(items.reduce((sum, i) => sum + i.score, 0));
  const max = maxTotal(scheme);
  return { items, deducted: roundPoints(max - total), total, max, grade: gradeOf(scheme, total) };
}
