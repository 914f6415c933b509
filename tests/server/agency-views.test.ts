// The agency-wide views: the overview's counts, the rule catalogue of the agency's profile, the annual
// report beside the ledger, the appraisal, and an inspection from start to signature and rectification.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { AGENCY_A, SECTION_1, SECTION_2, seedFixture, testClient, type TestClient } from './helper.ts';

describeOnDatabases('server: overview, rules, reports, appraisal, inspections', (use) => {
  let client: TestClient;
  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use());
  });
  afterAll(() => client.app.close());

  it('counts findings by rule, section, month, status and severity in the caller scope', async () => {
    const res = await client.as('office', { method: 'GET', url: '/api/overview' });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    const findings = await use().db.selectFrom('finding').select('rule').where('agency', '=', AGENCY_A).where('resolved_by_data', '=', false).execute();
    expect(o.total).toBe(findings.length);
    expect(o.byRule.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(o.total);
    expect(o.byRule.find((r: { rule: string }) => r.rule === 'req/answer-late')).toMatchObject({ title: '答复超期', count: 1 });
    expect(o.byStatus).toEqual({ open: o.total, rectified: 0, explained: 0, waived: 0 });
    expect(o.bySeverity.info + o.bySeverity.warning + o.bySeverity.error).toBe(o.total);
    expect(o.byMonth.find((m: { month: string }) => m.month === '2024-11')?.count).toBeGreaterThanOrEqual(1);
    expect(o.bySection.map((s: { section: string }) => s.section)).toEqual(expect.arrayContaining([SECTION_1, SECTION_2]));

    const mine = (await client.as('section1', { method: 'GET', url: '/api/overview' })).json();
    expect(mine.bySection.map((s: { section: string }) => s.section)).toEqual([SECTION_1]);
    expect(mine.total).toBeLessThan(o.total);
    const november = (await client.as('office', { method: 'GET', url: '/api/overview', query: { from: '2024-11-01', to: '2024-11-30' } })).json();
    expect(november.byMonth.map((m: { month: string }) => m.month)).toEqual(['2024-11']);
  });

  it("lists the rule catalogue of the agency's profile", async () => {
    const res = await client.as('section1', { method: 'GET', url: '/api/rules' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.profile.id).toBe('shanghai-putuo');
    const submission = body.rules.find((r: { id: string }) => r.id === 'doc/submission-late');
    expect(submission.deadlines[0]).toMatchObject({ value: 15 });
    expect(submission.articles.length).toBeGreaterThan(0);
    const all = (await client.as('admin', { method: 'GET', url: '/api/rules' })).json();
    expect(all.profile).toBeNull();
    expect(all.rules.length).toBeGreaterThanOrEqual(body.rules.length);
  });

  it('sets the annual report beside the ledger, with differences and the January 31 status', async () => {
    const res = await client.as('office', { method: 'GET', url: '/api/reports/annual/2024', query: { asOf: '2025-12-31' } });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.report.publishedOn).toBe('2025-02-10');
    expect(r.january31).toMatchObject({ due: '2025-01-31', status: 'late', daysLate: 10 });
    expect(r.january31.statusText).toMatch(/逾期发布/);
    const row = (key: string) => r.rows.find((x: { key: string }) => x.key === key);
    // The ledger received two requests in 2024 from natural persons; the report says one.
    expect(row('三.本年新收.自然人')).toMatchObject({ part: '三', published: 1, computed: 2, difference: -1 });
    expect(row('二.行政事业性收费.金额万元')).toMatchObject({ computed: null, difference: null });
    expect(r.differences).toBeGreaterThanOrEqual(2);
    expect(r.brokenIdentities.length).toBeGreaterThan(0);

    const none = (await client.as('office', { method: 'GET', url: '/api/reports/annual/2025', query: { asOf: '2026-03-01' } })).json();
    expect(none.report).toBeNull();
    expect(none.january31).toMatchObject({ status: 'missing', daysLate: 29 });
    const pending = (await client.as('office', { method: 'GET', url: '/api/reports/annual/2025', query: { asOf: '2026-01-10' } })).json();
    expect(pending.january31.status).toBe('pending');
    const admin = await client.as('admin', { method: 'GET', url: '/api/reports/annual/2024' });
    expect(admin.statusCode).toBe(400);
    expect(admin.json().field).toBe('agency');
    const badYear = await client.as('office', { method: 'GET', url: '/api/reports/annual/24' });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().field).toBe('year');
  });

  it('gives the appraisal per section (scores when reports/appraisal is present, counts always)', async () => {
    const res = await client.as('appraisal', { method: 'GET', url: '/api/appraisal/2024' });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ agency: AGENCY_A, year: 2024 });
    expect(['reports/appraisal', 'placeholder']).toContain(a.source);
    expect(a.source === 'placeholder').toBe(a.appraisal === null);
    const s1 = a.sections.find((s: { section: string }) => s.section === SECTION_1);
    expect(s1.req).toBeGreaterThanOrEqual(1);
    expect(s1.total).toBe(s1.doc + s1.req + s1.pub + s1.report);
  });

  it('runs an inspection: snapshot, section view, rectification deadlines, the leader signs once', async () => {
    const created = await client.as('office', {
      method: 'POST',
      url: '/api/inspections',
      payload: { from: '2024-01-01', to: '2025-12-31', note: '2024年度第四季度检查' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const inspection = created.json();
    expect(inspection).toMatchObject({ agency: AGENCY_A, createdBy: 'office', signedBy: null, note: '2024年度第四季度检查' });
    expect(inspection.items.length).toBe(inspection.findings);
    // Agency-wide findings (the annual report's) have no section and are in the snapshot too.
    expect(new Set(inspection.items.map((f: { section: string }) => f.section))).toEqual(new Set([SECTION_1, SECTION_2, null]));

    const asSection = (await client.as('section1', { method: 'GET', url: `/api/inspections/${inspection.id}` })).json();
    expect(new Set(asSection.items.map((f: { section: string }) => f.section))).toEqual(new Set([SECTION_1]));
    expect(asSection.findings).toBe(asSection.items.length);

    const own = asSection.items.map((f: { id: number }) => f.id);
    const deadline = await client.as('leader', {
      method: 'PATCH',
      url: `/api/inspections/${inspection.id}/rectifications`,
      payload: { findingIds: own, rectifyBy: '2025-01-15' },
    });
    expect(deadline.statusCode, deadline.body).toBe(200);
    expect(deadline.json()).toEqual({ updated: own.length });
    const sectionDeadline = await client.as('section1', {
      method: 'PATCH',
      url: `/api/inspections/${inspection.id}/rectifications`,
      payload: { findingIds: own, rectifyBy: '2025-02-15' },
    });
    expect(sectionDeadline.statusCode).toBe(403);
    const done = await client.as('section1', {
      method: 'PATCH',
      url: `/api/inspections/${inspection.id}/rectifications`,
      payload: { findingIds: [own[0]], rectifiedOn: '2025-01-10' },
    });
    expect(done.statusCode, done.body).toBe(200);
    const nothing = await client.as('leader', { method: 'PATCH', url: `/api/inspections/${inspection.id}/rectifications`, payload: { findingIds: own } });
    expect(nothing.statusCode).toBe(400);

    const detail = (await client.as('leader', { method: 'GET', url: `/api/inspections/${inspection.id}` })).json();
    const first = detail.items.find((f: { id: number }) => f.id === own[0]);
    expect(first).toMatchObject({ rectifyBy: '2025-01-15', rectifiedOn: '2025-01-10', rectifySetBy: 'leader' });
    expect(detail.rectified).toBe(1);
    expect(detail.overdue).toBe(own.length - 1);

    const byOffice = await client.as('office', { method: 'POST', url: `/api/inspections/${inspection.id}/sign`, payload: {} });
    expect(byOffice.statusCode).toBe(403);
    const signed = await client.as('leader', { method: 'POST', url: `/api/inspections/${inspection.id}/sign`, payload: {} });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ signedBy: 'leader', note: '2024年度第四季度检查' });
    expect(Date.parse(signed.json().signedAt)).toBeGreaterThan(0);
    const again = await client.as('leader', { method: 'POST', url: `/api/inspections/${inspection.id}/sign`, payload: {} });
    expect(again.statusCode).toBe(409);
    const otherLeader = await client.as('leaderB', { method: 'POST', url: `/api/inspections/${inspection.id}/sign`, payload: {} });
    expect(otherLeader.statusCode).toBe(404);

    const list = (await client.as('leader', { method: 'GET', url: '/api/inspections' })).json();
    expect(list.items.map((i: { id: number }) => i.id)).toContain(inspection.id);
    const actions = await use()
      .db.selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('target', '=', `inspection:${inspection.id}`)
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { actor: 'office', action: 'inspection.create' },
      { actor: 'leader', action: 'inspection.rectification' },
      { actor: 'section1', action: 'inspection.rectification' },
      { actor: 'leader', action: 'inspection.sign' },
    ]);
    const bad = await client.as('office', { method: 'POST', url: '/api/inspections', payload: { from: '2025-01-01', to: '2024-01-01' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('from');
  });

  it("lists a section's open items that are late or fall due within N working days", async () => {
    const at = (user: 'section1' | 'section2' | 'office', query: Record<string, string>) =>
      client.as(user, { method: 'GET', url: '/api/deadlines', query });
    // A-R2 was received on 2024-10-08: 20 working days to answer, due 2024-11-04.
    const early = await at('section2', { asOf: '2024-10-08', within: '20' });
    expect(early.statusCode, early.body).toBe(200);
    const request = early.json().items.find((i: { subject: string }) => i.subject === 'A-R2');
    expect(request).toMatchObject({ kind: 'request-answer', kindName: '依申请公开答复', due: '2024-11-04', workdaysLeft: 20, section: SECTION_2 });
    const shorter = await at('section2', { asOf: '2024-10-08', within: '5' });
    expect(shorter.json().items.map((i: { subject: string }) => i.subject)).not.toContain('A-R2');
    // Late items are always listed, with the working days they are late as a negative number.
    const late = (await at('section2', { asOf: '2024-11-06' })).json();
    expect(late.items.find((i: { subject: string }) => i.subject === 'A-R2')).toMatchObject({ workdaysLeft: -2 });
    // Putuo enforces the section's submission deadline: A-D2 and A-D3 were never sent to the office.
    expect(late.items.filter((i: { kind: string }) => i.kind === 'document-submission').map((i: { subject: string }) => i.subject).sort()).toEqual(['A-D2', 'A-D3']);
    expect(late.items.every((i: { section: string }) => i.section === SECTION_2)).toBe(true);
    const mine = (await at('section1', { asOf: '2024-11-06' })).json();
    expect(mine.items).toEqual([]);
    const outside = await at('office', { asOf: '2040-01-01' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().field).toBe('asOf');
    expect(outside.json().error).toMatch(/工作日历缺少 2040 年/);
  });

  it('lets the office manage its users, logged', async () => {
    const created = await client.as('office', {
      method: 'POST',
      url: '/api/users',
      payload: { login: 'new-section', role: 'section', section: SECTION_2, password: 'long-enough-1' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ login: 'new-section', agency: AGENCY_A, section: SECTION_2 });
    expect(created.json()).not.toHaveProperty('password_hash');
    const dup = await client.as('office', {
      method: 'POST',
      url: '/api/users',
      payload: { login: 'new-section', role: 'section', section: SECTION_2, password: 'long-enough-1' },
    });
    expect(dup.statusCode).toBe(409);
    const noSection = await client.as('office', { method: 'POST', url: '/api/users', payload: { login: 'x-section', role: 'section', password: 'long-enough-1' } });
    expect(noSection.statusCode).toBe(400);
    const users = (await client.as('office', { method: 'GET', url: '/api/users' })).json();
    expect(users.items.every((u: { agency: string }) => u.agency === AGENCY_A)).toBe(true);
    expect(users.items.map((u: { login: string }) => u.login)).toContain('new-section');
    const log = await use().db.selectFrom('audit_log').select('actor').where('action', '=', 'user.create').execute();
    expect(log).toEqual([{ actor: 'office' }]);
  });
});
