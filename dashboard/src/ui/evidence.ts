// A finding's evidence: the values the rule computed from the ledger row (finding.details), under Chinese
// names where the key is known. Unknown keys still show, under their own name, so nothing is hidden.
import { el } from './dom.ts';

const LABELS: Record<string, string> = {
  receivedOn: '收到日期',
  submittedOn: '提交（报送）日期',
  startOn: '起算日期',
  channel: '渠道',
  answerDue: '答复期限',
  originalDue: '原答复期限（不含延期）',
  answeredOn: '答复日期',
  answerWorkdays: '答复期限（工作日）',
  pausedWorkdays: '征求意见暂停（工作日）',
  extensionWorkdays: '延期（工作日）',
  countedExtensionWorkdays: '计入的延期（工作日）',
  extensionMaxWorkdays: '延期上限（工作日）',
  consultationSentOn: '征求意见发出',
  consultationRepliedOn: '征求意见回复',
  extensionApprovedOn: '延期批准日期',
  extensionApprovedBy: '延期批准人',
  extensionNotifiedOn: '延期告知日期',
  correctionRequestedOn: '补正通知日期',
  correctionReceivedOn: '收到补正日期',
  correctionNoticeWorkdays: '补正通知期限（工作日）',
  archiveWorkdays: '归档期限（工作日）',
  formedOn: '形成日期',
  changedOn: '变更日期',
  publishedOn: '发布日期',
  lastPublishedOn: '最近更新日期',
  proactiveWorkdays: '主动公开期限（工作日）',
  sectionSubmissionWorkdays: '科室报送期限（工作日）',
  officeReleaseWorkdays: '办公室发布期限（工作日）',
  interpretationWorkdays: '解读期限（工作日）',
  limitWorkdays: '期限（工作日）',
  maxWorkdays: '上限（工作日）',
  dynamicDays: '动态栏目更新周期（天）',
  annualReportDue: '年度报告发布期限',
  lateWorkdays: '逾期工作日',
  year: '年度',
  differences: '差异',
  broken: '不成立的等式',
  reviewedOn: '保密审查日期',
  approvedOn: '审定日期',
  reason: '理由',
  basis: '依据',
  title: '标题',
  docNo: '文号',
};

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export function evidenceList(details: Record<string, unknown>): HTMLElement {
  const entries = Object.entries(details).filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (entries.length === 0) return el('p', { class: 'muted' }, '该问题没有附加的计算数据。');
  // Known keys first, in the dictionary's order (dates of the flow read top to bottom).
  const order = Object.keys(LABELS);
  entries.sort(([a], [b]) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999) || a.localeCompare(b));
  return el('dl', { class: 'evidence' }, ...entries.flatMap(([key, value]) => [el('dt', { attrs: { title: key } }, LABELS[key] ?? key), el('dd', null, valueText(value))]));
}
