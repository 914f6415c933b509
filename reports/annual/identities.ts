// The identities the official table must satisfy (NATIONAL.md): per column 本年新收 + 上年结转 = 总计 +
// 结转下年度, 总计 = the sum of the outcome leaves, the 总计 column = the sum of the six applicant columns;
// in part 四, each group's 总计 = the sum of its four results.
import {
  APPLICANT_COLUMNS,
  OUTCOME_LEAVES,
  PART3_COLUMNS,
  PART3_ROWS,
  PART4_GROUPS,
  PART4_RESULTS,
  TOTAL,
  figure,
  part3Key,
  type Figures,
} from './layout.ts';

export interface BrokenIdentity {
  identity: string;
  left: number;
  right: number;
}

export function brokenIdentities(figures: Figures): BrokenIdentity[] {
  const broken: BrokenIdentity[] = [];
  const check = (identity: string, left: number, right: number) => {
    if (Math.abs(left - right) > 1e-9) broken.push({ identity, left, right });
  };
  const f = (row: string, column: string) => figure(figures, part3Key(row, column));
  for (const column of PART3_COLUMNS) {
    check(
      `${column}：本年新收 + 上年结转 = 总计 + 结转下年度`,
      f('本年新收', column) + f('上年结转', column),
      f(TOTAL, column) + f('结转下年度', column),
    );
    check(
      `${column}：总计 = 各办理结果之和`,
      f(TOTAL, column),
      OUTCOME_LEAVES.reduce((sum, leaf) => sum + f(leaf, column), 0),
    );
  }
  for (const row of PART3_ROWS) {
    check(`${row}：总计列 = 六类申请人之和`, f(row, TOTAL), APPLICANT_COLUMNS.reduce((sum, c) => sum + f(row, c), 0));
  }
  for (const group of PART4_GROUPS) {
    check(
      `${group}：总计 = 维持 + 纠正 + 其他 + 尚未审结`,
      figure(figures, `四.${group}.总计`),
      PART4_RESULTS.reduce((sum, r) => sum + figure(figures, `四.${group}.${r}`), 0),
    );
  }
  return broken;
}

/** Cells of part 三 whose values differ between two figure maps. */
export function part3Differences(published: Figures, computed: Figures) {
  const differences: { key: string; published: number; computed: number }[] = [];
  for (const row of PART3_ROWS) {
    for (const column of PART3_COLUMNS) {
      const key = part3Key(row, column);
      const p = figure(published, key);
      const c = figure(computed, key);
      if (p !== c) differences.push({ key, published: p, computed: c });
    }
  }
  return differences;
}
