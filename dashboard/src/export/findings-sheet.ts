// The columns of an exported findings list, shared by the CSV and the xlsx export so both read the same.
import type { Finding } from '../api/types.ts';
import { SEVERITY_NAMES, STATUS_NAMES, SUBJECT_KIND_NAMES } from '../ui/format.ts';
import type { CellValue } from './spreadsheet-safe.ts';

export interface SheetColumn {
  header: string;
  width: number;
  value: (f: Finding) => CellValue;
}

export const FINDING_COLUMNS: SheetColumn[] = [
  { header: '编号', width: 8, value: (f) => f.id },
  { header: '机关', width: 14, value: (f) => f.agency },
  { header: '科室', width: 14, value: (f) => f.section },
  { header: '规则', width: 28, value: (f) => f.rule },
  { header: '问题', width: 26, value: (f) => f.ruleTitle },
  { header: '严重程度', width: 8, value: (f) => SEVERITY_NAMES[f.severity] },
  { header: '对象类别', width: 10, value: (f) => SUBJECT_KIND_NAMES[f.subjectKind] ?? f.subjectKind },
  { header: '对象', width: 20, value: (f) => f.subject },
  { header: '期限', width: 12, value: (f) => f.due },
  { header: '实际', width: 12, value: (f) => f.actual },
  { header: '逾期工作日', width: 10, value: (f) => f.lateWorkdays },
  { header: '说明', width: 60, value: (f) => f.message },
  { header: '状态', width: 8, value: (f) => STATUS_NAMES[f.status] },
  { header: '处理人', width: 10, value: (f) => f.statusBy },
  { header: '处理备注', width: 30, value: (f) => f.statusNote },
];

export function exportFileName(extension: 'csv' | 'xlsx', today: string): string {
  return `问题清单-${today}.${extension}`;
}
