import { describe, expect, it } from 'vitest';
import { homePageFor, mayOpen, navigationFor } from '../../dashboard/src/app/navigation.ts';
import { hashOf, parseHash, withParams } from '../../dashboard/src/app/router.ts';
import { resolvePeriod } from '../../dashboard/src/ui/period.ts';
import { byMonthAndSeverity, bySectionAndRule, inPeriod, NO_SECTION } from '../../dashboard/src/data/finding-tallies.ts';
import { groupForSelfCheck } from '../../dashboard/src/pages/self-check.ts';
import type { Finding } from '../../dashboard/src/api/types.ts';

const finding = (overrides: Partial<Finding>): Finding => ({
  id: 1,
  agency: 'a',
  rule: 'req/answer-late',
  ruleTitle: '答复超期',
  severity: 'error',
  subjectKind: 'request',
  subject: 'R1',
  section: '执法大队',
  due: '2025-01-10',
  actual: null,
  lateWorkdays: null,
  message: '',
  status: 'open',
  statusBy: null,
  statusNote: null,
  statusAt: null,
  resolvedByData: false,
  ...overrides,
});

describe('navigation by role', () => {
  it('offers each role only the pages it can use', () => {
    const titles = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((e) => e.title);
    expect(titles('office')).toEqual(['总览', '问题清单', '科室自查', '依申请公开', '主动公开', '年度报告', '定期检查', '考核', '导入', '规则']);
    expect(titles('leader')).not.toContain('导入');
    expect(titles('section')).toEqual(['总览', '问题清单', '科室自查', '依申请公开', '主动公开', '定期检查', '规则']);
    expect(titles('appraisal')).toEqual(['考核', '规则']);
  });

  it('lands each role on its own start page and refuses the others', () => {
    expect(homePageFor('section')).toBe('self-check');
    expect(homePageFor('appraisal')).toBe('appraisal');
    expect(homePageFor('leader')).toBe('overview');
    expect(mayOpen('section', 'imports')).toBe(false);
    expect(mayOpen('office', 'imports')).toBe(true);
  });
});

describe('hash routes', () => {
  it('round-trips a page and its filters', () => {
    const hash = hashOf('findings', { rule: 'req/answer-late', section: '执法大队', status: null });
    const route = parseHash(hash);
    expect(route.page).toBe('findings');
    expect(route.params.get('rule')).toBe('req/answer-late');
    expect(route.params.get('section')).toBe('执法大队');
    expect(route.params.has('status')).toBe(false);
    expect(withParams(route, { section: null, page: '2' }).toString()).toBe('rule=req%2Fanswer-late&page=2');
  });
});

describe('resolvePeriod', () => {
  const params = (q: string) => new URLSearchParams(q);
  it('defaults to the last twelve months', () => {
    expect(resolvePeriod(params(''), '2026-03-31')).toEqual({ preset: '12m', from: '2025-04-01', to: '2026-03-31' });
  });
  it('knows the presets and a custom range', () => {
    expect(resolvePeriod(params('period=this-year'), '2026-03-31')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(resolvePeriod(params('period=last-year'), '2026-03-31')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(resolvePeriod(params('period=all'), '2026-03-31')).toMatchObject({ from: null, to: null });
    expect(resolvePeriod(params('from=2024-10-08&to=2024-12-31'), '2026-03-31')).toEqual({ preset: 'custom', from: '2024-10-08', to: '2024-12-31' });
  });
});

describe('finding tallies', () => {
  const rows = [
    finding({ due: '2025-01-10', severity: 'error' }),
    finding({ due: '2025-01-20', severity: 'error', section: null, rule: 'report/annual-late', ruleTitle: '年度报告逾期发布' }),
    finding({ due: '2025-02-01', severity: 'warning' }),
    finding({ due: null, severity: 'warning' }),
  ];
  it('counts by month and severity, leaving out findings with no due date', () => {
    expect(byMonthAndSeverity(rows)).toEqual([
      { month: '2025-01', severity: 'error', count: 2 },
      { month: '2025-02', severity: 'warning', count: 1 },
    ]);
  });
  it('crosses section and rule, naming findings without a section', () => {
    expect(bySectionAndRule(rows)).toContainEqual({ section: NO_SECTION, rule: 'report/annual-late', title: '年度报告逾期发布', count: 1 });
    expect(bySectionAndRule(rows)).toContainEqual({ section: '执法大队', rule: 'req/answer-late', title: '答复超期', count: 3 });
  });
  it('selects the period by due date as the server does', () => {
    expect(inPeriod(rows, '2025-01-15', '2025-02-28')).toHaveLength(2);
    expect(inPeriod(rows, null, null)).toHaveLength(4);
  });
});

describe('groupForSelfCheck', () => {
  it('separates undone overdue items, missing items and the rest, most overdue first', () => {
    const groups = groupForSelfCheck([
      finding({ id: 1, rule: 'doc/proactive-unpublished', lateWorkdays: 3 }),
      finding({ id: 2, rule: 'req/answer-overdue', lateWorkdays: 20 }),
      finding({ id: 3, rule: 'doc/attribute-missing', due: null }),
      finding({ id: 4, rule: 'req/answer-late', actual: '2025-01-12', lateWorkdays: 2 }),
      finding({ id: 5, rule: 'req/answer-overdue', lateWorkdays: 9, status: 'rectified' }),
    ]);
    expect(groups.overdue.map((f) => f.id)).toEqual([2, 1]);
    expect(groups.missing.map((f) => f.id)).toEqual([3]);
    expect(groups.other.map((f) => f.id)).toEqual([4]);
  });
});
