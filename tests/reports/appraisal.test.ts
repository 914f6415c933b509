// Appraisal scoring: schemes validated as data, and the scores of a hand-built year under the default
// scheme (per section and for the agency, capped items, counted statuses, one deduction per ledger item,
// reviews and lawsuits lost from the request ledger, last year beside this year).
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { AGENCY, AGENCY_NAME, EXPECTED_2023, EXPECTED_2024, seedAppraisalScenario } from './appraisal-scenario.ts';
import { computeAppraisal, loadDefaultScheme, parseScheme, SchemeError, type AppraisalScheme } from '../../reports/appraisal/index.ts';
import { gradeOf, unscoredRules } from '../../reports/appraisal/scheme.ts';
import { RULES } from '../../rules/index.ts';

const minimal = (items: unknown, extra: Record<string, unknown> = {}) => ({ id: 'test', name: '测试标准', items, ...extra });
const item = (deductions: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'a', name: '甲', max: 10, deductions, ...extra });

describe('appraisal schemes', () => {
  it('loads the default scheme: five items worth 100, every rule it names exists', () => {
    const scheme = loadDefaultScheme();
    expect(scheme.items.map((i) => [i.name, i.max])).toEqual([
      ['主动公开', 30],
      ['年度报告', 10],
      ['依申请公开', 30],
      ['保密审查', 20],
      ['栏目更新', 10],
    ]);
    for (const rule of scheme.items.flatMap((i) => i.deductions.flatMap((d) => d.rules))) expect(RULES[rule], rule).toBeDefined();
    expect(scheme.countStatuses).toEqual(['open', 'explained']);
    expect(unscoredRules(scheme)).toContain('doc/index-number-missing');
  });

  it('grades by total: 优秀 ≥ 90, 合格 70–89, 不合格 < 70', () => {
    const scheme = loadDefaultScheme();
    expect([100, 90, 89.5, 70, 69.99, 0].map((t) => gradeOf(scheme, t))).toEqual(['优秀', '优秀', '合格', '合格', '不合格', '不合格']);
  });

  it('fills defaults: statuses, grades, per-subject counting', () => {
    const scheme = parseScheme(minimal([item([{ id: 'x', name: '乙', points: 1, rules: ['doc/proactive-late'] }])]));
    expect(scheme.countStatuses).toEqual(['open', 'explained']);
    expect(scheme.grades.map((g) => g.name)).toEqual(['优秀', '合格', '不合格']);
    expect(scheme.items[0]!.deductions[0]!.per).toBe('subject');
  });

  const invalid: [string, unknown, RegExp][] = [
    ['an unknown rule', minimal([item([{ id: 'x', name: '乙', points: 1, rules: ['doc/no-such-rule'] }])]), /未知规则 doc\/no-such-rule/],
    [
      'a rule in two deductions',
      minimal([item([{ id: 'x', name: '乙', points: 1, rules: ['doc/proactive-late'] }, { id: 'y', name: '丙', points: 1, rules: ['doc/proactive-late'] }])]),
      /规则 doc\/proactive-late 同时列于/,
    ],
    ['a deduction counting nothing', minimal([item([{ id: 'x', name: '乙', points: 1 }])]), /既未列规则，也未指定台账来源/],
    ['a status that does not exist', minimal([item([{ id: 'x', name: '乙', points: 1, rules: ['doc/proactive-late'] }])], { countStatuses: ['closed'] }), /countStatuses/],
    ['negative points', minimal([item([{ id: 'x', name: '乙', points: -1, rules: ['doc/proactive-late'] }])]), /points/],
    ['a cap above the maximum', minimal([item([{ id: 'x', name: '乙', points: 1, rules: ['doc/proactive-late'] }], { cap: 20 })]), /最多扣分 20 超过满分 10/],
    [
      'grades leaving low totals without one',
      minimal([item([{ id: 'x', name: '乙', points: 1, rules: ['doc/proactive-late'] }])], { grades: [{ name: '好', min: 60 }] }),
      /下限应为 0/,
    ],
    ['an unknown field', minimal([item([{ id: 'x', name: '乙', points: 1, rules: ['doc/proactive-late'], weight: 2 }])]), /deductions/],
  ];
  for (const [what, input, message] of invalid) {
    it(`rejects ${what}`, () => {
      expect(() => parseScheme(input)).toThrow(SchemeError);
      expect(() => parseScheme(input)).toThrow(message);
    });
  }
});

describeOnDatabases('appraisal scores', (use) => {
  let ids: number[];
  beforeAll(async () => {
    ids = await seedAppraisalScenario(use().db);
  });

  const itemScores = (score: { items: { score: number }[] }) => score.items.map((i) => i.score);

  it('scores each section and the agency under the default scheme', async () => {
    const appraisal = await computeAppraisal(use().db, { agency: AGENCY, year: 2024 });
    expect(appraisal.agency).toEqual({ code: AGENCY, name: AGENCY_NAME });
    expect(appraisal.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(appraisal.sections.map((s) => s.label)).toEqual(['办公室', '应急科', '执法科', '（机关整体）']);
    for (const section of appraisal.sections) {
      const expected = EXPECTED_2024[section.label as keyof typeof EXPECTED_2024];
      expect({ items: itemScores(section), total: section.total, grade: section.grade }, section.label).toEqual(expected);
    }
    const agency = appraisal.agencyScore;
    expect({ items: itemScores(agency), total: agency.total, grade: agency.grade }).toEqual(EXPECTED_2024.agency);
    expect(agency.max).toBe(100);
  });

  it('links each deduction to the findings and ledger facts behind it', async () => {
    const appraisal = await computeAppraisal(use().db, { agency: AGENCY, year: 2024 });
    const office = appraisal.sections.find((s) => s.section === '办公室')!;
    const proactive = office.items[0]!.deductions[0]!;
    // D1 twice and D2: three findings, two documents.
    expect(proactive).toMatchObject({ id: 'proactive-untimely', points: 5, count: 2, deducted: 10 });
    expect(proactive.findingIds).toEqual([ids[0], ids[1], ids[2]]);
    const enforcement = appraisal.sections.find((s) => s.section === '执法科')!;
    expect(enforcement.items[0]).toMatchObject({ deducted: 30, score: 0 });
    expect(enforcement.items[0]!.deductions[0]).toMatchObject({ count: 7, deducted: 35 });
    const [late, lost] = enforcement.items[2]!.deductions;
    expect(late).toMatchObject({ id: 'answer-late', count: 1, deducted: 6, findingIds: [ids[14], ids[15]] });
    expect(lost).toMatchObject({ id: 'review-litigation-lost', count: 2, deducted: 6, findingIds: [] });
    expect(lost!.ledgerSubjects.sort()).toEqual(['R1（行政复议结果为纠正）', 'R1（行政诉讼结果为纠正）']);
    expect(appraisal.agencyScore.items[0]!.deductions[0]!.findingIds).toHaveLength(10);
  });

  it('compares with the same period a year earlier', async () => {
    const { comparison } = await computeAppraisal(use().db, { agency: AGENCY, year: 2024 });
    expect(comparison!.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(comparison!.agency).toMatchObject({ total: 45, previousTotal: EXPECTED_2023.agency, change: 45 - EXPECTED_2023.agency });
    const office = comparison!.sections.find((s) => s.section === '办公室')!;
    expect(office).toMatchObject({ total: 84, previousTotal: EXPECTED_2023.办公室, change: 84 - EXPECTED_2023.办公室, previousGrade: '优秀' });
    expect(comparison!.sections.find((s) => s.section === '执法科')).toMatchObject({ previousTotal: 100, change: -42 });
  });

  it('counts only the statuses a scheme names', async () => {
    const scheme: AppraisalScheme = { ...loadDefaultScheme(), countStatuses: ['open'] };
    const appraisal = await computeAppraisal(use().db, { agency: AGENCY, year: 2024, scheme, compare: false });
    // D2 (explained) no longer counts: 办公室 主动公开 loses 5, not 10.
    expect(appraisal.sections.find((s) => s.section === '办公室')!.items[0]!.score).toBe(25);
    expect(appraisal.comparison).toBeNull();
  });

  it('counts every finding when a deduction is per finding, and stops at a lower cap', async () => {
    const base = loadDefaultScheme();
    const scheme = parseScheme({
      ...base,
      items: base.items.map((i) =>
        i.id === 'proactive' ? { ...i, cap: 12, deductions: i.deductions.map((d) => ({ ...d, per: 'finding' })) } : i,
      ),
    });
    const appraisal = await computeAppraisal(use().db, { agency: AGENCY, year: 2024, scheme, compare: false });
    const office = appraisal.sections.find((s) => s.section === '办公室')!;
    expect(office.items[0]!.deductions[0]!.count).toBe(3);
    // 15 points counted, at most 12 deducted.
    expect(office.items[0]).toMatchObject({ deducted: 12, score: 18 });
  });

  it('scores a period inside the year', async () => {
    const appraisal = await computeAppraisal(use().db, {
      agency: AGENCY,
      year: 2024,
      period: { from: '2024-01-01', to: '2024-03-31' },
      withFindingIds: false,
    });
    // Due in the first quarter: D1 (twice), E1 (Feb 10), E2 (Mar 10), the annual report (Jan 31).
    expect(appraisal.agencyScore.items[0]!.deductions[0]).toMatchObject({ count: 3, findingIds: [] });
    expect(appraisal.agencyScore.items[1]!.score).toBe(5);
    expect(appraisal.comparison!.period).toEqual({ from: '2023-01-01', to: '2023-03-31' });
  });

  it('names an unknown agency', async () => {
    await expect(computeAppraisal(use().db, { agency: 'NOPE', year: 2024 })).rejects.toThrow(/未找到单位 NOPE/);
  });
});
