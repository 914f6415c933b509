// /api/imports: a CSV uploaded by the office goes through the real importer, the rules run again, the
// batch appears in the history, and its rejected rows download as a CSV safe to open in Excel.
import { parse } from 'csv-parse/sync';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { AGENCY_A, seedFixture, testClient, type TestClient } from './helper.ts';
import { multipartBody } from './multipart.ts';

const LEDGER_CSV = [
  '记录编号,科室,标题,形成日期,公开属性',
  'UP-1,综合科,上传的通知,2025-03-03,依申请公开',
  'UP-2,执法科,没有公开属性的文件,2025-03-04,',
  'UP-3,执法科,=HYPERLINK("http://example.invalid"),2025-13-45,主动公开',
].join('\n');

let spoolDir = '';

async function uploadDirs(): Promise<string[]> {
  return readdir(spoolDir);
}

describeOnDatabases('server: imports', (use) => {
  let client: TestClient;
  beforeAll(async () => {
    await seedFixture(use());
    spoolDir = await mkdtemp(path.join(tmpdir(), 'gongkai-test-spool-'));
    client = await testClient(use(), { uploadDir: spoolDir });
  });
  afterAll(async () => {
    await client.app.close();
    await rm(spoolDir, { recursive: true, force: true });
  });

  it('imports an uploaded CSV, re-runs the rules and lists the batch', async () => {
    const { payload, headers } = multipartBody({ kind: 'documents' }, { name: '上传台账.csv', content: LEDGER_CSV });
    const res = await client.as('office', { method: 'POST', url: '/api/imports', payload, headers });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.agency).toBe(AGENCY_A);
    expect(body.summary).toMatchObject({ file: '上传台账.csv', kind: 'documents', format: 'csv', rowsRead: 3, loaded: 2, rejected: 1 });
    expect(body.summary.rejects[0].row).toBeGreaterThan(0);
    expect(body.summary).not.toHaveProperty('rejectsFile');
    expect(body.check).toMatchObject({ agency: AGENCY_A, profile: 'shanghai-putuo' });
    expect(body.checkError).toBeNull();
    // The spooled upload and its rejects file are gone.
    expect(await uploadDirs()).toEqual([]);

    const found = await client.as('office', { method: 'GET', url: '/api/findings', query: { rule: 'doc/attribute-missing' } });
    expect(found.json().items.map((f: { subject: string }) => f.subject)).toContain('UP-2');

    const history = await client.as('office', { method: 'GET', url: '/api/imports' });
    expect(history.statusCode).toBe(200);
    expect(history.json().items[0]).toMatchObject({ id: body.summary.batchId, fileName: '上传台账.csv', loaded: 2, rejected: 1, importedBy: 'office' });

    const audit = await use().db.selectFrom('audit_log').select(['actor', 'action']).where('target', '=', `batch:${body.summary.batchId}`).execute();
    expect(audit).toEqual([{ actor: 'office', action: 'import.upload' }]);

    const rejects = await client.as('office', { method: 'GET', url: `/api/imports/${body.summary.batchId}/rejects` });
    expect(rejects.statusCode).toBe(200);
    expect(rejects.headers['content-type']).toMatch(/^text\/csv/);
    expect(rejects.headers['content-disposition']).toMatch(/attachment/);
    expect(rejects.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(rejects.body.slice(1)) as string[][];
    expect(rows[0]).toEqual(['记录编号', '科室', '标题', '形成日期', '公开属性', '错误原因']);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('UP-3');
    // A cell that a spreadsheet would run as a formula is defused.
    expect(rows[1]![2]).toBe(`'=HYPERLINK("http://example.invalid")`);
    expect(rows[1]![5]).toMatch(/形成日期/);
  });

  it('takes kind and agency from the query string too, and names a bad or missing one', async () => {
    const { payload, headers } = multipartBody({}, { name: 'a.csv', content: LEDGER_CSV });
    const ok = await client.as('office', { method: 'POST', url: '/api/imports', query: { kind: 'documents', agency: AGENCY_A }, payload, headers });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().summary.updated).toBe(2);

    const noKind = await client.as('office', { method: 'POST', url: '/api/imports', payload, headers });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().field).toBe('kind');
    const badKind = await client.as('office', { method: 'POST', url: '/api/imports', query: { kind: 'letters' }, payload, headers });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().field).toBe('kind');
    const adminNoAgency = await client.as('admin', { method: 'POST', url: '/api/imports', query: { kind: 'documents' }, payload, headers });
    expect(adminNoAgency.statusCode).toBe(400);
    expect(adminNoAgency.json().field).toBe('agency');
    const otherAgency = await client.as('office', { method: 'POST', url: '/api/imports', query: { kind: 'documents', agency: 'tb' }, payload, headers });
    expect(otherAgency.statusCode).toBe(403);
  });

  it('refuses a file the importer cannot read, a body that is not multipart, and a missing file', async () => {
    const { payload, headers } = multipartBody({ kind: 'documents' }, { name: 'empty.csv', content: '' });
    const empty = await client.as('office', { method: 'POST', url: '/api/imports', payload, headers });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatch(/文件为空/);
    const json = await client.as('office', { method: 'POST', url: '/api/imports', query: { kind: 'documents' }, payload: { x: 1 } });
    expect(json.statusCode).toBe(415);
  });

  it('refuses a file over the size limit with 413, keeping nothing of it', async () => {
    const small = await testClient(use(), { uploadLimits: { fileSize: 64 }, uploadDir: spoolDir });
    try {
      const { payload, headers } = multipartBody({ kind: 'documents' }, { name: 'big.csv', content: LEDGER_CSV });
      const res = await small.as('office', { method: 'POST', url: '/api/imports', payload, headers });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toBe('上传内容超过大小限制');
      expect(await uploadDirs()).toEqual([]);
      const batches = await use().db.selectFrom('import_batch').select('file_name').where('file_name', '=', 'big.csv').execute();
      expect(batches).toEqual([]);
    } finally {
      await small.app.close();
    }
  });
});
