// The pages and who is offered which. The server decides what each role may read or change; this only
// keeps the navigation from offering pages a role cannot use (a section user sees its section's pages,
// the appraisal role its scores).
import type { Role } from '../api/types.ts';

export interface NavEntry {
  id: string;
  title: string;
  roles: readonly Role[];
}

const DATA_ROLES = ['leader', 'office', 'section'] as const;

export const NAVIGATION: readonly NavEntry[] = [
  { id: 'overview', title: '总览', roles: DATA_ROLES },
  { id: 'findings', title: '问题清单', roles: DATA_ROLES },
  { id: 'self-check', title: '科室自查', roles: DATA_ROLES },
  { id: 'requests', title: '依申请公开', roles: DATA_ROLES },
  { id: 'proactive', title: '主动公开', roles: DATA_ROLES },
  { id: 'annual-report', title: '年度报告', roles: ['leader', 'office'] },
  { id: 'inspections', title: '定期检查', roles: DATA_ROLES },
  { id: 'appraisal', title: '考核', roles: ['leader', 'office', 'appraisal'] },
  { id: 'imports', title: '导入', roles: ['office'] },
  { id: 'rules', title: '规则', roles: ['leader', 'office', 'section', 'appraisal'] },
];

export function navigationFor(role: Role): NavEntry[] {
  return NAVIGATION.filter((entry) => entry.roles.includes(role));
}

/** Where a user lands: a section starts from its self-check, the appraisal role from its scores. */
export function homePageFor(role: Role): string {
  if (role === 'section') return 'self-check';
  if (role === 'appraisal') return 'appraisal';
  return 'overview';
}

export function mayOpen(role: Role, page: string): boolean {
  return navigationFor(role).some((entry) => entry.id === page);
}
