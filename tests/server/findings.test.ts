// /api/findings on data the real engine produced: scoping in SQL, filters, pages, the detail with its rule
// and "why", status changes (kept on the finding and in the audit log), schema errors, Arrow.
import { tableFromIPC } from 'apache-arrow';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { AGENCY_A, AGENCY_B, SECTION_1, SECTION_2, seedFixture, testClient, type TestClient } from './helper.ts';

describeOnDatabases('server: findings', (use) => {
  let client: TestClient;
  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use());
  });
  afterAll(() => client.app.close());

  const list = async (user: Parameters<TestClient['as']>[0], query: Record<string, string> = {}) => {
    const res = await client.as(user, { method: 'GET', url: '/api/findings', query });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: number; agency: string; section: string | null; rule: string; ruleTitle: string; status: string }[]; total: number };
  };

  it('gives the office all of its agency and the administrator every agency', async () => {
    const office = await list('office', { pageSize: '1000' });
    expect(office.total).toBeGreaterThan(0);
    expect(new Set(office.items.map((f) => f.agency))).toEqual(new Set([AGENCY_A]));
    const admin = await list('admin', { pageSize: '1000' });
    expect(new Set(admin.items.map((f) => f.agency))).toEqual(new Set([AGENCY_A, AGENCY_B]));
    const sections = new Set(office.items.map((f) => f.section));
    expect(sections).toContain(SECTION_1);
    expect(sections).toContain(SECTION_2);
  });

  it("gives a section user only its own section's findings", async () => {
    const mine = await list('section1', { pageSize: '1000' });
    expect(mine.total).toBeGreaterThan(0);
    expect(new Set(mine.items.map((f) => f.section))).toEqual(new Set([SECTION_1]));
    const asked = await list('section1', { section: SECTION_1 });
    expect(asked.total).toBe(mine.total);
  });

  it('filters by rule, rule family, severity, status and due date, and pages', async () => {
    const late = await list('office', { rule: 'req/answer-late' });
    expect(late.items.map((f) => f.rule)).toEqual(['req/answer-late']);
    expect(late.items[0]!.ruleTitle).toBe('答复超期');
    const family = await list('office', { rule: 'req/', pageSize: '1000' });
    expect(family.items.every((f) => f.rule.startsWith('req/'))).toBe(true);
    expect(family.total).toBeGreaterThanOrEqual(2);
    const errors = await list('office', { severity: 'error', pageSize: '1000' });
    expect(errors.total).toBeGreaterThan(0);
    const waived = await list('office', { status: 'waived' });
    expect(waived.total).toBe(0);
    const inNovember = await list('office', { from: '2024-11-01', to: '2024-11-30', pageSize: '1000' });
    expect(inNovember.items.map((f) => f.rule)).toContain('req/answer-late');
    const all = await list('office', { pageSize: '1000' });
    const page2 = await list('office', { pageSize: '2', page: '2' });
    expect(page2.items.map((f) => f.id)).toEqual(all.items.slice(2, 4).map((f) => f.id));
    expect(page2.total).toBe(all.total);
  });

  it('names the field of a bad filter (400, never 500)', async () => {
    for (const [query, field] of [
      [{ status: 'closed' }, 'status'],
      [{ from: '2024-13-01' }, 'from'],
      [{ pageSize: '100000' }, 'pageSize'],
      [{ severity: 'fatal' }, 'severity'],
    ] as const) {
      const res = await client.as('office', { method: 'GET', url: '/api/findings', query });
      expect(res.statusCode).toBe(400);
      expect(res.json().field).toBe(field);
      expect(res.json().error).toMatch(/查询参数「/);
    }
    const bad = await client.as('office', { method: 'GET', url: '/api/findings/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('id');
  });

  it('shows one finding with its rule, articles, description and a one-sentence why', async () => {
    const [late] = (await list('office', { rule: 'req/answer-late' })).items;
    const res = await client.as('office', { method: 'GET', url: `/api/findings/${late!.id}` });
    expect(res.statusCode).toBe(200);
    const finding = res.json();
    expect(finding).toMatchObject({ subject: 'A-R1', due: '2024-11-04', actual: '2024-11-06', lateWorkdays: 2, section: SECTION_1 });
    expect(finding.ruleInfo.title.zh).toBe('答复超期');
    expect(finding.ruleInfo.articles).toContain('条例第三十三条');
    expect(finding.ruleInfo.description).toMatch(/20 个工作日/);
    expect(finding.why).toMatch(/^申请 A-R1 应于 2024-11-04 前答复.*超期 2 个工作日，不符合条例第三十三条.*的规定（答复超期）。$/);
    expect(finding.why.match(/。/g)).toHaveLength(1);
    expect(finding.details).toBeTypeOf('object');
    const missing = await client.as('office', { method: 'GET', url: '/api/findings/999999' });
    expect(missing.statusCode).toBe(404);
  });

  it('changes a status with a note, keeps who and when on the finding, and logs it', async () => {
    const [own] = (await list('section1', { rule: 'req/answer-late' })).items;
    const res = await client.as('section1', {
      method: 'PATCH',
      url: `/api/findings/${own!.id}`,
      payload: { status: 'explained', note: '申请人同意延期答复' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'explained', statusBy: 'section1', statusNote: '申请人同意延期答复' });
    expect(Date.parse(res.json().statusAt)).toBeGreaterThan(Date.now() - 60_000);
    const audit = await use()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'finding.status')
      .where('target', '=', `finding:${own!.id}`)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'section1', details: expect.objectContaining({ before: 'open', after: 'explained' }) });
    const detail = await client.as('office', { method: 'GET', url: `/api/findings/${own!.id}` });
    expect(detail.json().history).toHaveLength(1);
    expect(detail.json().history[0]).toMatchObject({ actor: 'section1', action: 'finding.status' });
  });

  it('requires a note to explain or waive, and leaves waiving to the leader and the office', async () => {
    const [own] = (await list('section1', { pageSize: '1' })).items;
    const noNote = await client.as('section1', { method: 'PATCH', url: `/api/findings/${own!.id}`, payload: { status: 'waived' } });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().field).toBe('note');
    const waive = await client.as('section1', { method: 'PATCH', url: `/api/findings/${own!.id}`, payload: { status: 'waived', note: '不适用' } });
    expect(waive.statusCode).toBe(403);
    const byLeader = await client.as('leader', { method: 'PATCH', url: `/api/findings/${own!.id}`, payload: { status: 'waived', note: '不适用' } });
    expect(byLeader.statusCode).toBe(200);
    const badStatus = await client.as('leader', { method: 'PATCH', url: `/api/findings/${own!.id}`, payload: { status: 'closed' } });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().field).toBe('status');
    const extra = await client.as('leader', { method: 'PATCH', url: `/api/findings/${own!.id}`, payload: { status: 'open', by: 'x' } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().field).toBe('by');
  });

  it('keeps a status through a re-run of the rules', async () => {
    const [own] = (await list('office', { status: 'explained' })).items;
    const run = await client.as('office', { method: 'POST', url: '/api/checks', payload: { asOf: '2025-12-31' } });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ agency: AGENCY_A, asOf: '2025-12-31', profile: 'shanghai-putuo' });
    expect(run.json().findings).toBeGreaterThan(0);
    const after = await client.as('office', { method: 'GET', url: `/api/findings/${own!.id}` });
    expect(after.json().status).toBe('explained');
  });

  it('answers Arrow IPC with every matching row, scoped like JSON', async () => {
    const json = await list('section1', { pageSize: '1000' });
    const res = await client.as('section1', {
      method: 'GET',
      url: '/api/findings',
      query: { pageSize: '1' },
      headers: { accept: 'application/vnd.apache.arrow.stream' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.apache.arrow.stream');
    const table = tableFromIPC(res.rawPayload);
    expect(table.numRows).toBe(json.total);
    expect(new Set(table.getChild('section')!.toArray())).toEqual(new Set([SECTION_1]));
    expect(table.schema.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['id', 'rule', 'due', 'lateWorkdays', 'status']));
    const due = table.getChild('due')!.toArray().filter((d: unknown) => d !== null)[0];
    expect(typeof due === 'number' || due instanceof Date).toBe(true);

    const empty = await client.as('section1', {
      method: 'GET',
      url: '/api/findings',
      query: { rule: 'no/such-rule' },
      headers: { accept: 'application/vnd.apache.arrow.stream' },
    });
    expect(tableFromIPC(empty.rawPayload).numRows).toBe(0);
  });

  it('exports the filtered list as xlsx and CSV, scoped, with formula-like text defused', async () => {
    // Ledger text that a spreadsheet would run as a formula.
    await use().db.updateTable('finding').set({ message: '=HYPERLINK("http://example.invalid","点击")' }).where('subject', '=', 'A-R1').execute();
    const json = await list('section1', { pageSize: '1000' });

    const csv = await client.as('section1', { method: 'GET', url: '/api/findings/export', query: { format: 'csv' } });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    const rows = parse(csv.body.replace(/^\uFEFF/, '')) as string[][];
    expect(rows[0]!.slice(0, 4)).toEqual(['编号', '机关', '科室', '规则']);
    expect(rows.length - 1).toBe(json.total);
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set([SECTION_1]));
    expect(rows.find((r) => r[6] === 'A-R1')![10]).toBe(`'=HYPERLINK("http://example.invalid","点击")`);

    const xlsx = await client.as('section1', { method: 'GET', url: '/api/findings/export', query: { format: 'xlsx', rule: 'req/' } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('问题清单')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    const subjects: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) subjects.push(row.getCell(7).value);
    });
    expect(subjects).toContain('A-R1');
    let message: unknown = null;
    sheet.eachRow((row) => {
      if (row.getCell(7).value === 'A-R1') message = row.getCell(11).value;
    });
    expect(message).toBe(`'=HYPERLINK("http://example.invalid","点击")`);

    const bad = await client.as('section1', { method: 'GET', url: '/api/findings/export', query: { format: 'pdf' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('format');
  });
});
