// GET /api/inspections/:id/record: the inspection record downloaded as xlsx or docx, with a Chinese file
// name; a section user's record holds only its own section; another agency's inspection is not found.
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describeOnDatabases } from '../helpers/databases.ts';
import { RECORD_SHEETS } from '../../reports/inspection/index.ts';
import { SECTION_1, SECTION_2, seedFixture, testClient, type TestClient, type UserName } from './helper.ts';

/** The 科室 heading rows of the record's findings sheet. */
async function sectionHeadings(body: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const values = workbook.getWorksheet(RECORD_SHEETS.findings)!.getColumn(1).values;
  return values.filter((v): v is string => typeof v === 'string' && v.startsWith('科室：'));
}

describeOnDatabases('server: inspection record download', (use) => {
  let client: TestClient;
  let id: number;
  const download = (user: UserName, query: Record<string, string> = {}, inspection = id) =>
    client.as(user, { method: 'GET', url: `/api/inspections/${inspection}/record`, query });

  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use());
    const created = await client.as('leader', { method: 'POST', url: '/api/inspections', payload: { from: '2024-01-01', to: '2025-12-31' } });
    id = created.json().id;
  });
  afterAll(() => client.app.close());

  it('sends the xlsx by default, with every section of the agency, and the docx on request', async () => {
    const xlsx = await download('leader');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toContain(`filename="inspection-${id}.xlsx"`);
    expect(decodeURIComponent(String(xlsx.headers['content-disposition']))).toContain(`定期检查记录-${id}-2024-01-01至2025-12-31.xlsx`);
    const headings = await sectionHeadings(xlsx.rawPayload);
    // Byte order of the names: 执 (U+6267) before 综 (U+7EFC).
    expect(headings.map((h) => h.replace(/（\d+ 条）$/, ''))).toEqual([`科室：${SECTION_2}`, `科室：${SECTION_1}`, '科室：（机关整体）']);

    const docx = await download('office', { format: 'docx' });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('测试区应急管理局政府信息公开定期检查记录');
    expect(xml).toContain('分管领导签字：＿');
  });

  it("gives a section user its own section's findings only", async () => {
    const res = await download('section1');
    expect(res.statusCode).toBe(200);
    const headings = await sectionHeadings(res.rawPayload);
    expect(headings).toHaveLength(1);
    expect(headings[0]).toMatch(new RegExp(`^科室：${SECTION_1}`));
  });

  it("answers 404 for another agency's or an unknown inspection, 400 for an unknown format, 403 to appraisal", async () => {
    expect((await download('leaderB')).statusCode).toBe(404);
    expect((await download('leader', {}, id + 100)).statusCode).toBe(404);
    expect((await download('leader', { format: 'pdf' })).statusCode).toBe(400);
    expect((await download('appraisal')).statusCode).toBe(403);
    // The installation's administrator (no agency) gets any agency's record.
    const admin = await download('admin');
    expect(admin.statusCode).toBe(200);
    expect(await sectionHeadings(admin.rawPayload)).toHaveLength(3);
  });
});
