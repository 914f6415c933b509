// The official annual-report table (国办公开办函〔2021〕30号) as FORMATS.md names its figures, and part 三
// computed from a request ledger exactly as report/annual-ledger-mismatch reads it.
import type { RequestRow } from './model.ts';
// The table's layout is the official format's, shared with reports/; only the computation below is the
// generator's own, so it stays an independent check of the engine's.
import {
  APPLICANT_COLUMNS as APPLICANT_TYPES,
  OUTCOME_LEAVES,
  PART2_ITEMS as PART2_KEYS,
  PART3_COLUMNS as APPLICANT_COLUMNS,
  PART3_ROWS,
  PART4_COLUMNS as PART4_RESULTS,
  PART4_GROUPS,
} from '../../reports/annual/layout.ts';

export { APPLICANT_TYPES, APPLICANT_COLUMNS, OUTCOME_LEAVES, PART3_ROWS, PART2_KEYS, PART4_GROUPS, PART4_RESULTS };

export function part3Keys(): string[] {
  return PART3_ROWS.flatMap((row) => APPLICANT_COLUMNS.map((col) => `三.${row}.${col}`));
}

export function part4Keys(): string[] {
  return PART4_GROUPS.flatMap((g) => PART4_RESULTS.map((r) => `四.${g}.${r}`));
}

/** Every figure column of the annual-reports ledger, in the order of the official table. */
export function allFigureKeys(): string[] {
  return [...PART2_KEYS, ...part3Keys(), ...part4Keys()];
}

/**
 * Part 三 for year Y from the ledger: received in Y by applicant type; carried in = received before Y and
 * not answered before Y; outcomes of requests answered in Y; carried out = received by Y-12-31 and not
 * answered by then.
 */
export function part3FromLedger(requests: readonly RequestRow[], year: number): Record<string, number> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const figures: Record<string, number> = Object.fromEntries(part3Keys().map((k) => [k, 0]));
  const add = (row: string, col: string) => {
    figures[`三.${row}.${col}`]! += 1;
    figures[`三.${row}.总计`]! += 1;
  };
  for (const r of requests) {
    const col = r.applicant_type;
    if (r.received_on >= start && r.received_on <= end) add('本年新收', col);
    if (r.received_on < start && (r.answered_on === null || r.answered_on >= start)) add('上年结转', col);
    if (r.answered_on !== null && r.answered_on >= start && r.answered_on <= end && r.outcome) {
      add(r.outcome, col);
      add('总计', col);
    }
    if (r.received_on <= end && (r.answered_on === null || r.answered_on > end)) add('结转下年度', col);
  }
  return figures;
}
