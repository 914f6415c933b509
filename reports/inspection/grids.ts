// The inspection record's tables as grids (reports/tables/grid.ts), built once and rendered by the xlsx and
// docx writers alike, and the heading and signature lines both print. `text` is applied to every text that
// comes from a ledger or a user (the xlsx writer passes safeText against formula injection).
import { GridBuilder, type TableGrid } from '../tables/grid.ts';
import { AGENCY_WIDE } from '../appraisal/index.ts';
import { FINDING_STATUSES, STATUS_ZH } from '../appraisal/scheme.ts';
import { SEVERITIES, type InspectionRecord, type RecordCounts, type RecordFinding, type RectificationState } from './record.ts';

export type TextOf = (value: string) => string;

export const SEVERITY_ZH = { error: '严重', warning: '一般', info: '提示' } as const;

export const RECTIFICATION_ZH: Record<RectificationState, string> = {
  done: '已整改',
  late: '逾期后整改',
  overdue: '逾期未整改',
  pending: '整改中',
};

export const GRID_HEADINGS = {
  summary: '一、各科室问题汇总',
  rules: '二、各科室问题分规则统计',
  findings: '三、问题清单（按科室）',
  rectification: '四、整改事项跟踪',
} as const;

const sectionName = (section: string | null, text: TextOf) => (section === null ? AGENCY_WIDE : text(section));

export function recordTitle(record: InspectionRecord): string {
  return `${record.agency.name}政府信息公开定期检查记录`;
}

/** 单位, 检查期间, 检查日期 and what the record is built from. */
export function headingLines(record: InspectionRecord): string[] {
  const lines = [
    `单位：${record.agency.name}（${record.agency.code}）`,
    `检查期间：${record.period.from} 至 ${record.period.to}`,
    `检查日期：${record.inspectedOn}`,
  ];
  const saved = record.inspection;
  if (saved) {
    lines.push(`检查记录编号：${saved.id}；发起人：${saved.createdBy ?? '—'}`);
    if (saved.note) lines.push(`说明：${saved.note}`);
  } else {
    lines.push(`本期间尚未发起定期检查：按 ${record.asOf} 的现存问题生成，尚无整改期限与签字。`);
  }
  if (record.section !== null) lines.push(`范围：${record.section}（仅本科室问题）`);
  lines.push(
    `问题 ${record.totals.total} 条；整改事项 ${record.rectification.items.length} 项，已整改 ${record.rectification.done} 项，` +
      `逾期未整改 ${record.rectification.overdue} 项（截至 ${record.asOf}）。`,
  );
  return lines;
}

/** 分管领导签字 and 签字日期: filled in once signed, blank lines to sign on paper before. */
export function signatureLines(record: InspectionRecord): string[] {
  const { signedBy, signedOn } = record.signature;
  return [`分管领导签字：${signedBy ?? '＿＿＿＿＿＿＿＿＿＿'}`, `签字日期：${signedOn ?? '＿＿＿＿年＿＿月＿＿日'}`];
}

const SUMMARY_WIDTHS = [18, 8, 7, 7, 7, 8, 8, 8, 8];

function putCounts(grid: GridBuilder, row: number, counts: RecordCounts, role: 'figure' | 'head'): void {
  const values = [counts.total, ...SEVERITIES.map((s) => counts.bySeverity[s]), ...FINDING_STATUSES.map((s) => counts.byStatus[s])];
  values.forEach((value, i) => grid.put(row, 1 + i, value, role));
}

export function summaryGrid(record: InspectionRecord, text: TextOf): TableGrid {
  const grid = new GridBuilder(GRID_HEADINGS.summary, SUMMARY_WIDTHS)
    .put(0, 0, '科室', 'head', { rows: 2 })
    .put(0, 1, '问题数', 'head', { rows: 2 })
    .put(0, 2, '严重程度', 'head', { cols: SEVERITIES.length })
    .put(0, 2 + SEVERITIES.length, '处理状态', 'head', { cols: FINDING_STATUSES.length });
  SEVERITIES.forEach((s, i) => grid.put(1, 2 + i, SEVERITY_ZH[s], 'head'));
  FINDING_STATUSES.forEach((s, i) => grid.put(1, 2 + SEVERITIES.length + i, STATUS_ZH[s], 'head'));
  let row = 2;
  for (const section of record.sections) {
    grid.put(row, 0, sectionName(section.section, text), 'label');
    putCounts(grid, row++, section, 'figure');
  }
  grid.put(row, 0, '合计', 'head');
  putCounts(grid, row, record.totals, 'head');
  return grid.build(2);
}

export function rulesGrid(record: InspectionRecord, text: TextOf): TableGrid {
  const grid = new GridBuilder(GRID_HEADINGS.rules, [18, 26, 32, 8, 11])
    .put(0, 0, '科室', 'head')
    .put(0, 1, '规则', 'head')
    .put(0, 2, '规则编号', 'head')
    .put(0, 3, '问题数', 'head')
    .put(0, 4, '其中待整改', 'head');
  let row = 1;
  for (const section of record.sections) {
    grid.put(row, 0, sectionName(section.section, text), 'label', { rows: section.byRule.length });
    for (const rule of section.byRule) {
      grid.put(row, 1, rule.ruleTitle, 'label').put(row, 2, rule.rule, 'label').put(row, 3, rule.total, 'figure');
      grid.put(row++, 4, rule.byStatus.open, 'figure');
    }
  }
  if (row === 1) grid.put(row, 0, '本期间没有问题。', 'label', { cols: 5 });
  return grid.build(1);
}

/** 对象: the ledger's key and, where the ledger gives one, the title. */
const subjectOf = (f: RecordFinding, text: TextOf) => text(f.subject);
const titleOf = (f: RecordFinding, text: TextOf) => (f.title === null ? null : text(f.title));

function explanation(f: RecordFinding): string {
  return f.statusNote ? `${f.message}（处理说明：${f.statusNote}）` : f.message;
}

export const FINDING_WIDTHS = [5, 7, 18, 14, 24, 10.5, 10.5, 6, 7, 40];

export function findingsGrid(record: InspectionRecord, text: TextOf): TableGrid {
  const heads = ['序号', '问题编号', '规则', '对象', '标题', '应办日期', '实际日期', '逾期工作日', '状态', '说明'];
  const grid = new GridBuilder(GRID_HEADINGS.findings, FINDING_WIDTHS);
  heads.forEach((head, i) => grid.put(0, i, head, 'head'));
  let row = 1;
  let serial = 1;
  for (const section of record.sections) {
    grid.put(row++, 0, `科室：${sectionName(section.section, text)}（${section.total} 条）`, 'label', { cols: heads.length });
    for (const f of section.findings) {
      const cells = [serial++, f.id, f.ruleTitle, subjectOf(f, text), titleOf(f, text), f.due, f.actual, f.lateWorkdays, STATUS_ZH[f.status], text(explanation(f))];
      cells.forEach((value, i) => grid.put(row, i, value, i === 2 || i === 3 || i === 4 || i === 9 ? 'label' : 'figure'));
      row++;
    }
  }
  if (row === 1) grid.put(row, 0, '本期间没有问题。', 'label', { cols: heads.length });
  return grid.build(1);
}

export const RECTIFICATION_WIDTHS = [5, 7, 14, 18, 14, 24, 10.5, 10.5, 11, 8];

export function rectificationGrid(record: InspectionRecord, text: TextOf): TableGrid {
  const heads = ['序号', '问题编号', '科室', '规则', '对象', '标题', '整改期限', '整改完成日期', '整改情况', '问题状态'];
  const grid = new GridBuilder(GRID_HEADINGS.rectification, RECTIFICATION_WIDTHS);
  heads.forEach((head, i) => grid.put(0, i, head, 'head'));
  record.rectification.items.forEach((f, i) => {
    const row = i + 1;
    const state = RECTIFICATION_ZH[f.rectification!];
    const cells = [row, f.id, sectionName(f.section, text), f.ruleTitle, subjectOf(f, text), titleOf(f, text), f.rectifyBy, f.rectifiedOn];
    cells.forEach((value, c) => grid.put(row, c, value, c >= 2 && c <= 5 ? 'label' : 'figure'));
    grid.put(row, 8, state, 'figure', { alert: f.rectification === 'overdue' }).put(row, 9, STATUS_ZH[f.status], 'figure');
  });
  if (record.rectification.items.length === 0) grid.put(1, 0, '尚未设定整改期限。', 'label', { cols: heads.length });
  return grid.build(1);
}

/** Every table of the record, in print order. */
export function recordGrids(record: InspectionRecord, text: TextOf): TableGrid[] {
  return [summaryGrid(record, text), rulesGrid(record, text), findingsGrid(record, text), rectificationGrid(record, text)];
}
