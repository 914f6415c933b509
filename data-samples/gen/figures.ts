// The official annual-report table (国办公开办函〔2021〕30号) as FORMATS.md names its figures, and part 三
// computed from a request ledger exactly as report/annual-ledger-mismatch reads it.
import type { RequestRow } from './model.ts';

export const APPLICANT_TYPES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const;
export const APPLICANT_COLUMNS = [...APPLICANT_TYPES, '总计'] as const;

export const OUTCOME_LEAVES = [
  '予以公开',
  '部分公开',
  '不予公开-属于国家秘密',
  '不予公开-其他法律行政法规禁止公开',
  '不予公开-危及三安全一稳定',
  '不予公开-保护第三方合法权益',
  '不予公开-属于三类内部事务信息',
  '不予公开-属于四类过程性信息',
  '不予公开-属于行政执法案卷',
  '不予公开-属于行政查询事项',
  '无法提供-本机关不掌握相关政府信息',
  '无法提供-没有现成信息需要另行制作',
  '无法提供-补正后申请内容仍不明确',
  '不予处理-信访举报投诉类申请',
  '不予处理-重复申请',
  '不予处理-要求提供公开出版物',
  '不予处理-无正当理由大量反复申请',
  '不予处理-要求行政机关确认或重新出具已获取信息',
  '其他处理-申请人逾期不补正',
  '其他处理-申请人逾期未缴纳费用',
  '其他处理-其他',
] as const;

export const PART3_ROWS = ['本年新收', '上年结转', ...OUTCOME_LEAVES, '总计', '结转下年度'] as const;

export const PART2_KEYS = [
  '二.规章.本年制发',
  '二.规章.本年废止',
  '二.规章.现行有效',
  '二.行政规范性文件.本年制发',
  '二.行政规范性文件.本年废止',
  '二.行政规范性文件.现行有效',
  '二.行政许可.处理决定',
  '二.行政处罚.处理决定',
  '二.行政强制.处理决定',
  '二.行政事业性收费.金额万元',
] as const;

export const PART4_GROUPS = ['行政复议', '行政诉讼未经复议', '行政诉讼复议后'] as const;
export const PART4_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;

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
