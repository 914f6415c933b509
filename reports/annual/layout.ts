// The official annual-report table (国办公开办函〔2021〕30号) as data: the rows and columns of part 三,
// the items of parts 二 and 四, and the keys `part.row.column` that FORMATS.md names the figures by.
export const APPLICANT_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const;
export const TOTAL = '总计';
export const PART3_COLUMNS = [...APPLICANT_COLUMNS, TOTAL] as const;

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

export const PART3_ROWS = ['本年新收', '上年结转', ...OUTCOME_LEAVES, TOTAL, '结转下年度'] as const;

export type Part3Row = (typeof PART3_ROWS)[number];
export type Part3Column = (typeof PART3_COLUMNS)[number];

export function part3Key(row: string, column: string): string {
  return `三.${row}.${column}`;
}

export const PART2_ITEMS = [
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
export const PART4_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结'] as const;

/** A figures map as published or computed: key → number (a missing key reads as 0). */
export type Figures = Record<string, number>;

export function figure(figures: Figures, key: string): number {
  const value = figures[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export const PART4_COLUMNS = [...PART4_RESULTS, TOTAL] as const;

export function part4Key(group: string, column: string): string {
  return `四.${group}.${column}`;
}

/** Figures the ledgers cannot give: the fee amount is kept by the finance office, not in any ledger. */
export const NOT_FROM_LEDGER: readonly string[] = ['二.行政事业性收费.金额万元'];

/** Every figure of the official table, in the table's reading order: part 二, part 三, part 四. */
export const ALL_FIGURE_KEYS: readonly string[] = [
  ...PART2_ITEMS,
  ...PART3_ROWS.flatMap((row) => PART3_COLUMNS.map((column) => part3Key(row, column))),
  ...PART4_GROUPS.flatMap((group) => PART4_COLUMNS.map((column) => part4Key(group, column))),
];
