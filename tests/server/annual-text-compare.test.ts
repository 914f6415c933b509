// GET /api/reports/annual/:year/compare on the samples: Wujiang's annual reports 2023–2025 imported from
// data-samples/ (2024 copies 2023 with only the year and figures changed, PLANTED.md), report/annual-duplicate
// run by the engine, and a second bureau (Kunshan) with one published and one unpublished report. The
// similarity the route gives must be the one the rule stored (the rule computes it in SQL, the route in
// JavaScript), the texts must come back whole, and another agency's draft stays closed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { upsertAgency } from '../../db/agencies.ts';
import { importLedgerFile } from '../../importers/index.ts';
import { runRules } from '../../rules/engine/run.ts';
import { createAccount } from '../../server/auth/users.ts';
import { PASSWORD, testClient, type TestClient, type UserName } from './helper.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../data-samples/wujiang');
const WUJIANG = { code: 'wujiang-yjj', name: '苏州市吴江区应急管理局', profile: 'suzhou-wujiang-2023' };
const KUNSHAN = { code: 'kunshan-yjj', name: '昆山市应急管理局', profile: 'national-2019' };
const sampleText = (year: number) => readFileSync(path.join(SAMPLES, `annual-report-${year}.txt`), 'utf8').trim();

interface Side {
  agency: string;
  agencyName: string;
  year: number;
  publishedOn: string | null;
  segments: { text: string; shared: boolean }[];
}
interface Comparison {
  report: Side;
  other: Side;
  basis: string;
  similarity: number;
  similarityPercent: number;
  threshold: number;
  thresholdPercent: number;
  gram: number;
  duplicate: boolean;
  findingId: number | null;
}

const joined = (side: Side) => side.segments.map((s) => s.text).join('');
const sharedText = (side: Side) => side.segments.filter((s) => s.shared).map((s) => s.text).join('');

describeOnDatabases('server: annual report text comparison', (use) => {
  let client: TestClient;
  const get = async (user: UserName, url: string) => client.as(user, { method: 'GET', url });

  beforeAll(async () => {
    const gk = use();
    for (const agency of [WUJIANG, KUNSHAN]) await upsertAgency(gk.db, agency);
    // Kunshan's 2024 report is Wujiang's rewritten 2025 text under its own name; its 2023 report is a draft.
    await gk.db
      .insertInto('annual_report')
      .values([
        { agency: KUNSHAN.code, year: 2024, published_on: '2025-01-22', full_text: sampleText(2025).replaceAll(WUJIANG.name, KUNSHAN.name), figures: '{}', extra: '{}' },
        { agency: KUNSHAN.code, year: 2023, published_on: null, full_text: `${KUNSHAN.name}2023年政府信息公开工作年度报告（征求意见稿）`, figures: '{}', extra: '{}' },
      ])
      .execute();
    const summary = await importLedgerFile(gk, { agency: WUJIANG.code, kind: 'annual-reports', file: path.join(SAMPLES, 'annual-reports.csv') });
    expect(summary).toMatchObject({ loaded: 3, rejected: 0 });
    await runRules(gk, { agency: WUJIANG.code, asOf: '2026-03-31', only: ['report/annual-duplicate'] });
    const accounts: [UserName, string | null, 'office' | 'leader' | 'section'][] = [
      ['admin', null, 'office'],
      ['office', WUJIANG.code, 'office'],
      ['section1', WUJIANG.code, 'section'],
      ['leaderB', KUNSHAN.code, 'leader'],
    ];
    for (const [login, agency, role] of accounts) {
      await createAccount(gk.db, { login, role, agency, section: role === 'section' ? '执法大队' : null, password: PASSWORD });
    }
    client = await testClient(gk);
  });
  afterAll(() => client.app.close());

  it("puts the planted copy beside the report the duplicate finding names, with the rule's own figure", async () => {
    const finding = await use()
      .db.selectFrom('finding')
      .select(['id', 'subject', 'details'])
      .where('rule', '=', 'report/annual-duplicate')
      .where('agency', '=', WUJIANG.code)
      .execute();
    expect(finding.map((f) => f.subject)).toEqual(['2024']);
    const details = finding[0]!.details as { otherAgency: string; otherYear: number; similarity: number; similarityPercent: number; thresholdPercent: number };
    expect(details).toMatchObject({ otherAgency: WUJIANG.code, otherYear: 2023 });

    const res = await get('office', '/api/reports/annual/2024/compare');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Comparison>();
    expect(body).toMatchObject({
      basis: 'finding',
      findingId: finding[0]!.id,
      similarity: details.similarity,
      similarityPercent: details.similarityPercent,
      thresholdPercent: details.thresholdPercent,
      threshold: 0.8,
      gram: 5,
      duplicate: true,
      report: { agency: WUJIANG.code, agencyName: WUJIANG.name, year: 2024 },
      other: { agency: WUJIANG.code, year: 2023, publishedOn: expect.stringMatching(/^2024-/) },
    });
    expect(body.similarity).toBeGreaterThanOrEqual(0.8);
    expect(joined(body.report)).toBe(sampleText(2024));
    expect(joined(body.other)).toBe(sampleText(2023));
    // Copied: most of each text is marked, the same paragraph on both sides.
    for (const side of [body.report, body.other]) {
      expect(sharedText(side).length).toBeGreaterThan(joined(side).length * 0.8);
      expect(side.segments.some((s) => s.shared && s.text.includes('坚持“先审查、后公开”和“一事一审”原则'))).toBe(true);
    }
    // The finding's link names the report outright: the same comparison.
    const named = await get('office', `/api/reports/annual/2024/compare?with=${WUJIANG.code}&withYear=2023`);
    expect(named.json()).toEqual(body);
  });

  it("compares a report with no finding with the agency's previous one, under the threshold", async () => {
    const res = await get('office', '/api/reports/annual/2025/compare');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Comparison>();
    expect(body).toMatchObject({ basis: 'previous', findingId: null, duplicate: false, other: { agency: WUJIANG.code, year: 2024 } });
    expect(body.similarity).toBeLessThan(0.8);
    expect(joined(body.report)).toBe(sampleText(2025));
    // The rewritten report still keeps the official skeleton and opening sentence.
    expect(body.report.segments.some((s) => s.shared)).toBe(true);
    expect(body.report.segments.some((s) => !s.shared)).toBe(true);
  });

  it("compares with another agency's published report of the same year when asked", async () => {
    const res = await get('office', `/api/reports/annual/2025/compare?with=${KUNSHAN.code}&withYear=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Comparison>();
    // Kunshan's text is Wujiang's 2025 report with the name changed, and names are not compared.
    expect(body).toMatchObject({ basis: 'requested', similarity: 1, similarityPercent: 100, duplicate: true, other: { agency: KUNSHAN.code, agencyName: KUNSHAN.name, year: 2024 } });
    // All that is left unmarked is the name, figures and punctuation.
    const unmarked = body.report.segments.filter((s) => !s.shared).map((s) => s.text).join('');
    expect(unmarked).toContain(WUJIANG.name);
    expect(unmarked.replaceAll(WUJIANG.name, '')).not.toMatch(/[\u4e00-\u9fff]/);

    const sameYear = await get('office', `/api/reports/annual/2024/compare?with=${KUNSHAN.code}`);
    expect(sameYear.json<Comparison>()).toMatchObject({ basis: 'requested', other: { agency: KUNSHAN.code, year: 2024 } });
  });

  it("keeps another agency's unpublished report closed, except to the installation's administrator", async () => {
    const refused = await get('office', `/api/reports/annual/2024/compare?with=${KUNSHAN.code}&withYear=2023`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('其他机关尚未发布的年度报告不能查看');
    const admin = await get('admin', `/api/reports/annual/2024/compare?agency=${WUJIANG.code}&with=${KUNSHAN.code}&withYear=2023`);
    expect(admin.statusCode, admin.body).toBe(200);
    // Kunshan's leader sees its own draft beside Wujiang's published report.
    const own = await get('leaderB', `/api/reports/annual/2023/compare?with=${WUJIANG.code}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<Comparison>()).toMatchObject({ report: { agency: KUNSHAN.code, year: 2023 }, other: { agency: WUJIANG.code, year: 2023 } });
  });

  it('refuses other agencies and sections, and says what is missing', async () => {
    expect((await get('leaderB', `/api/reports/annual/2024/compare?agency=${WUJIANG.code}`)).statusCode).toBe(403);
    expect((await get('section1', '/api/reports/annual/2024/compare')).statusCode).toBe(403);
    const cases: [string, RegExp][] = [
      ['/api/reports/annual/2022/compare', /未找到 wujiang-yjj 2022 年度报告/],
      ['/api/reports/annual/2023/compare', /2023 年度报告之前没有可比对的年度报告/],
      ['/api/reports/annual/2024/compare?withYear=2021', /未找到 wujiang-yjj 2021 年度报告/],
      [`/api/reports/annual/2024/compare?with=${KUNSHAN.code}&withYear=2022`, /未找到 kunshan-yjj 2022 年度报告/],
    ];
    for (const [url, message] of cases) {
      const res = await get('office', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error, url).toMatch(message);
    }
    expect((await get('office', '/api/reports/annual/2024/compare?withYear=1999')).statusCode).toBe(400);
  });
});
