// POST /api/imports with an annual-report ledger and its reports' full-text files (field texts): the files
// are saved beside the spooled ledger under their own names, so the 全文 cells that name them load the
// texts; only annual-report ledgers take them, only .docx / .html / .txt, each name once, never a folder.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { tempFolder, writeDocx } from '../importers/fixtures.ts';
import { AGENCY_A, seedFixture, testClient, type TestClient } from './helper.ts';
import { multipartBody } from './multipart.ts';

const LEDGER = ['年度,发布日期,全文', '2021,2022-01-20,2021年度报告.docx', '2022,2023-01-20,2022.html', '2023,2024-01-20,2023.txt'].join('\n');

describeOnDatabases('server: annual reports uploaded with their full texts', (use) => {
  let client: TestClient;
  let spoolDir = '';
  let docx: Buffer;
  const upload = (kind: string, ledger: string, texts: { name: string; content: string | Buffer }[]) => {
    const { payload, headers } = multipartBody({ kind }, { name: '年度报告台账.csv', content: ledger }, texts);
    return client.as('office', { method: 'POST', url: '/api/imports', payload, headers });
  };
  const stored = async () =>
    Object.fromEntries(
      (await use().db.selectFrom('annual_report').select(['year', 'full_text']).where('agency', '=', AGENCY_A).execute()).map((r) => [r.year, r.full_text]),
    );

  beforeAll(async () => {
    await seedFixture(use());
    spoolDir = await mkdtemp(path.join(tmpdir(), 'gongkai-test-spool-'));
    client = await testClient(use(), { uploadDir: spoolDir });
    const folder = await tempFolder('upload-docx');
    docx = await readFile(await writeDocx(folder.file('r.docx'), ['2021年政府信息公开工作年度报告', '一、总体情况']));
    await folder.remove();
  });
  afterAll(async () => {
    await client.app.close();
    await rm(spoolDir, { recursive: true, force: true });
  });

  it('loads each report’s text from the file its 全文 cell names, sent with the ledger', async () => {
    const res = await upload('annual-reports', LEDGER, [
      { name: '2021年度报告.docx', content: docx },
      { name: '2022.html', content: iconv.encode('<p>2022年政府信息公开工作年度报告</p><p>二、主动公开</p>', 'gbk') },
      // A browser on Windows may send the whole path: only the name counts, never its folders.
      { name: 'C:\\Users\\office\\..\\2023.txt', content: '2023年报告正文' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().summary).toMatchObject({ rowsRead: 3, loaded: 3, rejected: 0 });
    expect(await stored()).toMatchObject({
      2021: '2021年政府信息公开工作年度报告\n\n一、总体情况',
      2022: '2022年政府信息公开工作年度报告\n\n二、主动公开',
      2023: '2023年报告正文',
    });
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it('rejects the rows whose file was not sent, and loads the others', async () => {
    const res = await upload('annual-reports', LEDGER, [{ name: '2023.txt', content: '2023年报告正文（修订）' }]);
    expect(res.statusCode, res.body).toBe(201);
    const summary = res.json().summary;
    expect(summary).toMatchObject({ loaded: 0, updated: 1, rejected: 2 });
    expect(summary.rejects.map((r: { reasons: { message: string }[] }) => r.reasons[0]!.message)).toEqual([
      '找不到全文文件：2021年度报告.docx',
      '找不到全文文件：2022.html',
    ]);
    expect((await stored())[2023]).toBe('2023年报告正文（修订）');
  });

  it('refuses texts with another ledger, of another format or sent twice, and leaves nothing behind', async () => {
    const refusals: [string, { name: string; content: string }[], RegExp][] = [
      ['documents', [{ name: '2023.txt', content: 'x' }], /只有年度报告台账可以附带全文文件/],
      ['annual-reports', [{ name: '2023年报.pdf', content: '%PDF-1.7' }], /全文文件应为 \.docx、\.html 或 \.txt：2023年报\.pdf/],
      ['annual-reports', [{ name: '.txt', content: 'x' }], /全文文件应为/],
      ['annual-reports', [{ name: '2023.txt', content: 'a' }, { name: 'sub/2023.txt', content: 'b' }], /全文文件重名：2023\.txt/],
    ];
    for (const [kind, texts, message] of refusals) {
      const res = await upload(kind, kind === 'documents' ? '记录编号,科室,标题,形成日期\nX-1,综合科,通知,2025-03-03' : LEDGER, texts);
      expect(res.statusCode, texts[0]!.name).toBe(400);
      expect(res.json()).toMatchObject({ field: 'texts', error: expect.stringMatching(message) });
    }
    expect(await readdir(spoolDir)).toEqual([]);
    expect(await use().db.selectFrom('document').select('record_key').where('record_key', '=', 'X-1').execute()).toEqual([]);
  });
});
