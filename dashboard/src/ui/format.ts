// How values read in the dashboard: Chinese names of severities, statuses, roles and ledgers; dates as
// 2024-10-08; timestamps in China time.
import type { FindingStatus, LedgerKind, Role, Severity } from '../api/types.ts';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '严重', warning: '警告', info: '提示' };
export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_COLORS: Record<Severity, string> = { error: '#c0392b', warning: '#e69b00', info: '#5b8bd0' };

export const STATUS_NAMES: Record<FindingStatus, string> = { open: '待处理', rectified: '已整改', explained: '已说明', waived: '已豁免' };
export const STATUS_ORDER: FindingStatus[] = ['open', 'rectified', 'explained', 'waived'];

export const ROLE_NAMES: Record<Role, string> = { leader: '分管领导', office: '办公室', section: '科室', appraisal: '考核' };

export const LEDGER_NAMES: Record<LedgerKind, string> = {
  documents: '政府信息台账',
  requests: '依申请公开登记',
  publications: '网站与新媒体发布',
  'annual-reports': '年度报告',
};

export const RULE_FAMILY_NAMES: Record<string, string> = {
  doc: '政府信息',
  req: '依申请公开',
  pub: '网站与新媒体',
  report: '年度报告',
};

export const SUBJECT_KIND_NAMES: Record<string, string> = {
  document: '政府信息',
  request: '依申请公开',
  publication: '发布',
  annual_report: '年度报告',
  column: '栏目',
};

export function ruleFamily(ruleId: string): string {
  return ruleId.split('/')[0] ?? ruleId;
}

/** A date as the API gives it (YYYY-MM-DD), or a dash. */
export function day(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}

const timestampFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO timestamp as 2024-10-08 14:30 (China time). */
export function timestamp(value: string | null | undefined): string {
  if (!value) return '—';
  const parts = Object.fromEntries(timestampFormat.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function count(n: number): string {
  return n.toLocaleString('zh-CN');
}

export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** Today in China as YYYY-MM-DD (the server judges open items at China's date too). */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}

export function yesNo(value: boolean | null | undefined): string {
  return value === null || value === undefined ? '—' : value ? '是' : '否';
}
