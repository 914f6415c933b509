// The three tables of the annual report as the official format lays them out (国办公开办函〔2021〕30号):
// the same heads, merges and row labels as a published report, filled from a figures map.
import { GridBuilder, type TableGrid } from '../tables/grid.ts';
import { APPLICANT_COLUMNS, PART3_COLUMNS, PART4_COLUMNS, TOTAL, part3Key, part4Key } from './layout.ts';

/** A figure for the table; null leaves the cell empty (a figure no ledger gives and none was supplied). */
export type FigureLookup = (key: string) => number | null;

/** The official row labels of part 三's outcome leaves, grouped as printed. */
const OUTCOME_GROUPS: { label: string; prefix: string; leaves: [key: string, label: string][] }[] = [
  {
    label: '（三）不予公开',
    prefix: '不予公开',
    leaves: [
      ['属于国家秘密', '1.属于国家秘密'],
      ['其他法律行政法规禁止公开', '2.其他法律行政法规禁止公开'],
      ['危及三安全一稳定', '3.危及“三安全一稳定”'],
      ['保护第三方合法权益', '4.保护第三方合法权益'],
      ['属于三类内部事务信息', '5.属于三类内部事务信息'],
      ['属于四类过程性信息', '6.属于四类过程性信息'],
      ['属于行政执法案卷', '7.属于行政执法案卷'],
      ['属于行政查询事项', '8.属于行政查询事项'],
    ],
  },
  {
    label: '（四）无法提供',
    prefix: '无法提供',
    leaves: [
      ['本机关不掌握相关政府信息', '1.本机关不掌握相关政府信息'],
      ['没有现成信息需要另行制作', '2.没有现成信息需要另行制作'],
      ['补正后申请内容仍不明确', '3.补正后申请内容仍不明确'],
    ],
  },
  {
    label: '（五）不予处理',
    prefix: '不予处理',
    leaves: [
      ['信访举报投诉类申请', '1.信访举报投诉类申请'],
      ['重复申请', '2.重复申请'],
      ['要求提供公开出版物', '3.要求提供公开出版物'],
      ['无正当理由大量反复申请', '4.无正当理由大量反复申请'],
      ['要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新出具已获取信息'],
    ],
  },
  {
    label: '（六）其他处理',
    prefix: '其他处理',
    leaves: [
      ['申请人逾期不补正', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['申请人逾期未缴纳费用', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['其他', '3.其他'],
    ],
  },
];

export function part2Table(value: FigureLookup): TableGrid {
  const t = new GridBuilder('二、主动公开政府信息情况', [22, 18, 18, 18]);
  let row = 0;
  const article = (label: string) => t.put(row++, 0, label, 'head', { cols: 4 });
  article('第二十条第（一）项');
  t.put(row, 0, '信息内容', 'head')
    .put(row, 1, '本年制发件数', 'head')
    .put(row, 2, '本年废止件数', 'head')
    .put(row++, 3, '现行有效件数', 'head');
  for (const item of ['规章', '行政规范性文件']) {
    t.put(row, 0, item, 'label');
    ['本年制发', '本年废止', '现行有效'].forEach((c, i) => t.put(row, i + 1, value(`二.${item}.${c}`), 'figure'));
    row++;
  }
  const singleColumn = (articleLabel: string, head: string, items: [label: string, key: string][]) => {
    article(articleLabel);
    t.put(row, 0, '信息内容', 'head').put(row++, 1, head, 'head', { cols: 3 });
    for (const [label, key] of items) t.put(row, 0, label, 'label').put(row++, 1, value(key), 'figure', { cols: 3 });
  };
  singleColumn('第二十条第（五）项', '本年处理决定数量', [['行政许可', '二.行政许可.处理决定']]);
  singleColumn('第二十条第（六）项', '本年处理决定数量', [
    ['行政处罚', '二.行政处罚.处理决定'],
    ['行政强制', '二.行政强制.处理决定'],
  ]);
  singleColumn('第二十条第（八）项', '本年收费金额（单位：万元）', [['行政事业性收费', '二.行政事业性收费.金额万元']]);
  return t.build(0);
}

export function part3Table(value: FigureLookup): TableGrid {
  const t = new GridBuilder('三、收到和处理政府信息公开申请情况', [8, 12, 34, 8, 8, 8, 8, 8, 8, 8]);
  t.put(0, 0, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'head', { rows: 3, cols: 3 })
    .put(0, 3, '申请人情况', 'head', { cols: 7 })
    .put(1, 3, '自然人', 'head', { rows: 2 })
    .put(1, 4, '法人或其他组织', 'head', { cols: 5 })
    .put(1, 9, TOTAL, 'head', { rows: 2 });
  APPLICANT_COLUMNS.slice(1).forEach((c, i) => t.put(2, 4 + i, c, 'head'));

  let row = 3;
  const figures = (key: string) => PART3_COLUMNS.forEach((c, i) => t.put(row, 3 + i, value(part3Key(key, c)), 'figure'));
  const fullRow = (label: string, key: string) => {
    t.put(row, 0, label, 'label', { cols: 3 });
    figures(key);
    row++;
  };
  const groupRow = (label: string, key: string) => {
    t.put(row, 1, label, 'label', { cols: 2 });
    figures(key);
    row++;
  };
  fullRow('一、本年新收政府信息公开申请数量', '本年新收');
  fullRow('二、上年结转政府信息公开申请数量', '上年结转');

  const resultsFrom = row;
  groupRow('（一）予以公开', '予以公开');
  groupRow('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开');
  for (const group of OUTCOME_GROUPS) {
    t.put(row, 1, group.label, 'label', { rows: group.leaves.length });
    for (const [leaf, label] of group.leaves) {
      t.put(row, 2, label, 'label');
      figures(`${group.prefix}-${leaf}`);
      row++;
    }
  }
  groupRow('（七）总计', TOTAL);
  t.put(resultsFrom, 0, '三、本年度办理结果', 'label', { rows: row - resultsFrom });
  fullRow('四、结转下年度继续办理', '结转下年度');
  return t.build(3);
}

export function part4Table(value: FigureLookup): TableGrid {
  const t = new GridBuilder('四、政府信息公开行政复议、行政诉讼情况', Array(15).fill(7.5));
  t.put(0, 0, '行政复议', 'head', { cols: 5 })
    .put(0, 5, '行政诉讼', 'head', { cols: 10 })
    .put(1, 5, '未经复议直接起诉', 'head', { cols: 5 })
    .put(1, 10, '复议后起诉', 'head', { cols: 5 });
  PART4_COLUMNS.forEach((c, i) => {
    t.put(1, i, c, 'head', { rows: 2 });
    t.put(2, 5 + i, c, 'head');
    t.put(2, 10 + i, c, 'head');
  });
  (['行政复议', '行政诉讼未经复议', '行政诉讼复议后'] as const).forEach((group, g) =>
    PART4_COLUMNS.forEach((c, i) => t.put(3, g * 5 + i, value(part4Key(group, c)), 'figure')),
  );
  return t.build(3);
}

export function officialTables(value: FigureLookup): TableGrid[] {
  return [part2Table(value), part3Table(value), part4Table(value)];
}
