// /api/documents, /api/requests, /api/publications: scoped to the caller's section in SQL, filtered, paged,
// applicants' names for the office only, and the same rows as Arrow IPC.
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { AGENCY_A, SECTION_1, SECTION_2, seedFixture, testClient, type TestClient, type UserName } from './helper.ts';

const ARROW = { accept: 'application/vnd.apache.arrow.stream' };

describeOnDatabases('server: ledgers', (use) => {
  let client: TestClient;
  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use());
  });
  afterAll(() => client.app.close());

  const get = async (user: UserName, url: string, query: Record<string, string> = {}) => {
    const res = await client.as(user, { method: 'GET', url, query });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Record<string, unknown>[]; total: number };
  };

  it('lists documents of the caller scope, newest first, with filters', async () => {
    const office = await get('office', '/api/documents');
    expect(office.items.map((d) => d.recordKey)).toEqual(['A-D3', 'A-D2', 'A-D1']);
    expect(office.items[2]).toMatchObject({ section: SECTION_1, formedOn: '2024-03-01', publishedOn: '2024-05-06', attribute: '主动公开' });
    const section2 = await get('section2', '/api/documents');
    expect(section2.items.map((d) => d.recordKey)).toEqual(['A-D3', 'A-D2']);
    expect((await get('office', '/api/documents', { attribute: '未标注' })).items.map((d) => d.recordKey)).toEqual(['A-D2']);
    expect((await get('office', '/api/documents', { published: 'true' })).items.map((d) => d.recordKey)).toEqual(['A-D1']);
    expect((await get('office', '/api/documents', { q: '会议' })).items.map((d) => d.recordKey)).toEqual(['A-D3']);
    expect((await get('office', '/api/documents', { q: '测应急' })).items.map((d) => d.recordKey)).toEqual(['A-D1']);
    expect((await get('office', '/api/documents', { from: '2024-06-01', to: '2024-06-30' })).items.map((d) => d.recordKey)).toEqual(['A-D2']);
    expect((await get('admin', '/api/documents')).total).toBe(4);
    const page = await get('office', '/api/documents', { pageSize: '1', page: '3' });
    expect(page).toMatchObject({ total: 3, page: 3, pageSize: 1 });
    expect(page.items.map((d) => d.recordKey)).toEqual(['A-D1']);
  });

  it("shows applicants' names to the office only", async () => {
    const office = await get('office', '/api/requests');
    expect(office.items.map((r) => [r.requestNo, r.applicant])).toEqual([
      ['A-R1', '张三'],
      ['A-R2', '李四'],
    ]);
    for (const user of ['leader', 'section1'] as const) {
      const seen = await get(user, '/api/requests');
      expect(seen.items.every((r) => r.applicant === null)).toBe(true);
    }
    expect((await get('section1', '/api/requests')).items.map((r) => r.requestNo)).toEqual(['A-R1']);
    expect((await get('office', '/api/requests', { answered: 'false' })).items.map((r) => r.requestNo)).toEqual(['A-R2']);
    const arrow = await client.as('leader', { method: 'GET', url: '/api/requests', headers: ARROW });
    const table = tableFromIPC(arrow.rawPayload);
    expect(table.numRows).toBe(2);
    expect(table.getChild('applicant')!.toArray()).toEqual([null, null]);
  });

  it('lists publications in scope', async () => {
    expect((await get('office', '/api/publications')).items.map((p) => p.recordKey)).toEqual(['A-P2', 'A-P1']);
    expect((await get('section2', '/api/publications')).items.map((p) => p.recordKey)).toEqual(['A-P2']);
    expect((await get('office', '/api/publications', { channel: '门户网站' })).total).toBe(0);
  });

  it('answers every bulk read in Arrow with typed columns', async () => {
    for (const [url, rows] of [
      ['/api/documents', 3],
      ['/api/requests', 2],
      ['/api/publications', 2],
    ] as const) {
      const res = await client.as('office', { method: 'GET', url, headers: ARROW, query: { pageSize: '1' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.apache.arrow.stream');
      const table = tableFromIPC(res.rawPayload);
      expect(table.numRows, url).toBe(rows);
      expect(new Set(table.getChild('agency')!.toArray())).toEqual(new Set([AGENCY_A]));
    }
    const docs = tableFromIPC((await client.as('section2', { method: 'GET', url: '/api/documents', headers: ARROW })).rawPayload);
    expect(new Set(docs.getChild('section')!.toArray())).toEqual(new Set([SECTION_2]));
    expect(String(docs.schema.fields.find((f) => f.name === 'formedOn')!.type)).toMatch(/Date/);
    const formed = docs.getChild('formedOn')!.get(0) as number | Date;
    expect(new Date(formed).toISOString().slice(0, 10)).toMatch(/^2024-0[67]-0\d$/);
  });
});
