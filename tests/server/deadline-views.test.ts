// The deadlines the API computes on the server from the rules' relations, on the sample ledgers: each
// request's answer deadline and state (/api/requests), and each section's on-time rate (/api/overview).
// They must agree with the findings the engine stored and with data-samples/planted.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { SAMPLES_AS_OF, SAMPLES_DIR, seedSamples } from '../browser/helpers/sample-app.ts';
import { rowsOf } from '../../dashboard/src/api/arrow.ts';
import { createAccount } from '../../server/auth/users.ts';
import { testClient, type TestClient, type UserName } from './helper.ts';
import { multipartBody } from './multipart.ts';
import type { Static } from '@sinclair/typebox';
import type { RequestRow } from '../../server/schemas/ledgers.ts';
import type { OnTime } from '../../server/schemas/overview.ts';

const AGENCY = 'wujiang-yjj';
const planted = JSON.parse(readFileSync(path.join(SAMPLES_DIR, 'planted.json'), 'utf8')) as {
  violations: { agency: string; rule: string; subject: string; due: string | null; lateWorkdays: number | null }[];
};

type RequestDeadline = Static<typeof RequestRow>;
type SectionOnTime = Static<typeof OnTime>['bySection'][number];

describeOnDatabases('server: deadlines computed from the rules’ relations', (use) => {
  let client: TestClient;
  let requests: Map<string, RequestDeadline>;
  const get = async (user: UserName, url: string) => {
    const res = await client.as(user, { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    await seedSamples(use());
    await createAccount(use().db, { login: 'admin', role: 'office', agency: null, section: null, password: 'admin-password-1' });
    client = await testClient(use());
    const page = await get('office', `/api/requests?asOf=${SAMPLES_AS_OF}&pageSize=1000`);
    expect(page.total).toBe(page.items.length);
    requests = new Map(page.items.map((r: RequestDeadline) => [r.requestNo, r]));
  });
  afterAll(() => client.app.close());

  it('gives every planted req/answer-* violation its due date and working days late', () => {
    const answers = planted.violations.filter((v) => v.agency === AGENCY && v.rule.startsWith('req/answer-'));
    expect(answers.length).toBeGreaterThan(0);
    for (const v of answers) {
      const r = requests.get(v.subject);
      expect({ answerDue: r?.answerDue, lateWorkdays: r?.lateWorkdays, answerStatus: r?.answerStatus }, v.subject).toEqual({
        answerDue: v.due,
        lateWorkdays: v.lateWorkdays,
        answerStatus: v.rule === 'req/answer-late' ? 'late' : 'overdue',
      });
    }
  });

  it('is late or overdue exactly where the engine stored a req/answer-* finding, with the same due date', async () => {
    const findings = await use()
      .db.selectFrom('finding')
      .select(['rule', 'subject', 'due', 'late_workdays'])
      .where('agency', '=', AGENCY)
      .where('rule', 'in', ['req/answer-late', 'req/answer-overdue'])
      .where('resolved_by_data', '=', false)
      .execute();
    const fromFindings = findings.map((f) => [f.subject, f.rule === 'req/answer-late' ? 'late' : 'overdue', f.due, f.late_workdays]).sort();
    const fromApi = [...requests.values()]
      .filter((r) => r.answerStatus === 'late' || r.answerStatus === 'overdue')
      .map((r) => [r.requestNo, r.answerStatus, r.answerDue, r.lateWorkdays])
      .sort();
    expect(fromApi).toEqual(fromFindings);
  });

  it('counts a request across the National Day holiday by hand', () => {
    // Received Wed 2024-09-25. Working days after it: 9-26 (1), 9-27 (2), Sun 9-29 make-up (3), 9-30 (4);
    // 10-1…10-7 holiday; 10-8…10-11 (5–8), Sat 10-12 make-up (9), 10-14…10-18 (10–14), 10-21…10-25 (15–19),
    // Mon 10-28 (20) is the deadline. Answered Thu 10-31: 10-29, 10-30, 10-31 are 3 working days late.
    expect(requests.get('WJ-YSQ-2024-053')).toMatchObject({
      startOn: '2024-09-25',
      pausedWorkdays: 0,
      countedExtensionWorkdays: 0,
      baseDue: '2024-10-28',
      answerDue: '2024-10-28',
      answerStatus: 'late',
      lateWorkdays: 3,
    });
  });

  it('pauses for a consultation, and gives no deadline on the spot or while a correction is awaited', () => {
    // Consultation 2024-06-11 to 2024-06-27 (12 working days) moves the deadline to 2024-07-18 (PLANTED.md).
    expect(requests.get('WJ-YSQ-2024-031')).toMatchObject({ pausedWorkdays: 12, answerDue: '2024-07-18', answerStatus: 'on-time', lateWorkdays: null });
    expect(requests.get('WJ-YSQ-2025-017')).toMatchObject({ answerStatus: 'on-the-spot', answerDue: null, lateWorkdays: null });
    expect(requests.get('WJ-YSQ-2026-002')).toMatchObject({ answerStatus: 'awaiting-correction', answerDue: null });
    expect(requests.get('WJ-YSQ-2026-019')).toMatchObject({ answerStatus: 'open', answerDue: '2026-04-16', lateWorkdays: null });
  });

  it('judges open requests at the as-of date it is given', async () => {
    const later = await get('office', `/api/requests?asOf=2026-04-20&pageSize=1000`);
    const r = later.items.find((x: RequestDeadline) => x.requestNo === 'WJ-YSQ-2026-019');
    // 2026-04-17 and 2026-04-20 are the working days after the 04-16 deadline.
    expect(r).toMatchObject({ answerStatus: 'overdue', answerDue: '2026-04-16', lateWorkdays: 2 });
  });

  it('sends the same computed columns as Arrow', async () => {
    const res = await client.as('office', { method: 'GET', url: `/api/requests?asOf=${SAMPLES_AS_OF}`, headers: { accept: 'application/vnd.apache.arrow.stream' } });
    expect(res.statusCode).toBe(200);
    const rows = rowsOf<RequestDeadline>(tableFromIPC(res.rawPayload));
    expect(rows).toHaveLength(requests.size);
    for (const row of rows) {
      const json = requests.get(row.requestNo)!;
      expect([row.answerDue, row.baseDue, row.answerStatus, row.lateWorkdays, row.pausedWorkdays], row.requestNo).toEqual([
        json.answerDue, json.baseDue, json.answerStatus, json.lateWorkdays, json.pausedWorkdays,
      ]);
    }
  });

  it('refuses an as-of date outside the loaded calendar, naming the year', async () => {
    for (const url of ['/api/requests?asOf=2031-06-01', '/api/overview?asOf=2031-06-01']) {
      const res = await client.as('office', { method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ field: 'asOf' });
      expect(res.json().error).toContain('2031');
    }
  });

  it('counts as late, per section, exactly the items the late-deadline rules reported in the period', async () => {
    const [from, to] = ['2024-01-01', SAMPLES_AS_OF];
    const o = (await get('leader', `/api/overview?from=${from}&to=${to}&asOf=${SAMPLES_AS_OF}`)).onTime;
    expect(o.asOf).toBe(SAMPLES_AS_OF);
    const findings = await use()
      .db.selectFrom('finding')
      .select(['section', 'rule'])
      .where('agency', '=', AGENCY)
      .where('rule', 'in', ['doc/proactive-late', 'doc/proactive-unpublished', 'req/answer-late', 'req/answer-overdue'])
      .where('resolved_by_data', '=', false)
      .where('due', '>=', from)
      .where('due', '<=', to)
      .execute();
    expect(findings.length).toBeGreaterThan(0);
    expect(o.late).toBe(findings.length);
    const sections = o.bySection as SectionOnTime[];
    for (const s of sections) {
      const mine = findings.filter((f) => f.section === s.section);
      expect({ late: s.late, proactiveLate: s.proactive.late, answerLate: s.answer.late }, String(s.section)).toEqual({
        late: mine.length,
        proactiveLate: mine.filter((f) => f.rule.startsWith('doc/')).length,
        answerLate: mine.filter((f) => f.rule.startsWith('req/')).length,
      });
      // The request part agrees with each request's own state from /api/requests.
      const judged = [...requests.values()].filter(
        (r) => r.section === s.section && r.answerDue !== null && r.answerDue >= from && r.answerDue <= to && ['on-time', 'late', 'overdue'].includes(r.answerStatus),
      );
      expect(s.answer.items, String(s.section)).toBe(judged.length);
      expect(s.onTime + s.late).toBe(s.items);
      expect(s.items).toBe(s.proactive.items + s.answer.items);
      expect(s.rate).toBeCloseTo(s.onTime / s.items, 10);
    }
    expect(sections.reduce((n, s) => n + s.items, 0)).toBe(o.items);
    expect(sections.map((s) => s.rate)).toEqual([...sections.map((s) => s.rate)].sort((a, b) => (b ?? 0) - (a ?? 0)));
    // Some items met their deadline: the rate is neither trivially 0 nor 1.
    expect(o.rate).toBeGreaterThan(0);
    expect(o.rate).toBeLessThan(1);
  });

  it('leaves out items not yet due at the as-of date, and adds up over every agency for the administrator', async () => {
    const early = (await get('leader', `/api/overview?from=2026-03-01&to=2026-12-31&asOf=2026-03-01`)).onTime;
    const late = (await get('leader', `/api/overview?from=2026-03-01&to=2026-12-31&asOf=${SAMPLES_AS_OF}`)).onTime;
    expect(late.items).toBeGreaterThan(early.items);
    // WJ-YSQ-2026-019 (due 2026-04-16) is open at the as-of date: not judged yet.
    expect(late.answer.items).toBe(
      [...requests.values()].filter((r) => r.answerDue && r.answerDue >= '2026-03-01' && ['on-time', 'late', 'overdue'].includes(r.answerStatus)).length,
    );

    const all = (await get('admin', `/api/overview?asOf=${SAMPLES_AS_OF}`)).onTime;
    const each = await Promise.all(['putuo-yjj', AGENCY].map(async (a) => (await get('admin', `/api/overview?agency=${a}&asOf=${SAMPLES_AS_OF}`)).onTime));
    expect(each.every((e) => e.items > 0)).toBe(true);
    expect(all.items).toBe(each[0].items + each[1].items);
    expect(all.late).toBe(each[0].late + each[1].late);
  });

  // Last: it changes the ledger.
  it('computes the rates again after an import, not from what it kept', async () => {
    const url = `/api/overview?from=2024-01-01&to=${SAMPLES_AS_OF}&asOf=${SAMPLES_AS_OF}`;
    const before = (await get('leader', url)).onTime;
    expect((await get('leader', url)).onTime).toEqual(before);
    // 主动公开, formed 2025-06-02 and never published: past its deadline at the as-of date.
    const csv = '记录编号,科室,标题,类型,形成日期,公开属性\nONTIME-TEST-1,执法大队,按期率测试通知,公文,2025-06-02,主动公开\n';
    const { payload, headers } = multipartBody({ kind: 'documents' }, { name: '补充台账.csv', content: csv });
    const upload = await client.as('office', { method: 'POST', url: '/api/imports', payload, headers });
    expect(upload.statusCode, upload.body).toBe(201);
    const after = (await get('leader', url)).onTime;
    expect([after.items, after.late, after.proactive.late]).toEqual([before.items + 1, before.late + 1, before.proactive.late + 1]);
    const section = (o: { bySection: SectionOnTime[] }) => o.bySection.find((s) => s.section === '执法大队')!;
    expect(section(after).late).toBe(section(before).late + 1);
  });
});
