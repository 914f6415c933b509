// GET /api/appraisal/:year/evaluation: the evaluation sheet (考核评分表) downloaded from the 考核 page, streamed
// as it is written: the four sheets, and in 问题清单 exactly the findings the year's scores counted.
import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeOnDatabases } from '../helpers/databases.ts';
import { seededClient } from './helper.ts';

interface Deduction {
  findingIds: number[];
}

describeOnDatabases('server: evaluation sheet download', (use) => {
  const seeded = seededClient(use);

  it('sends the workbook with every finding the scores counted, under a Chinese file name', async () => {
    const res = await seeded().as('appraisal', { method: 'GET', url: '/api/appraisal/2024/evaluation' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('测试区应急管理局2024年度考核评分表.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['评分汇总', '扣分计算', '问题清单', '评分标准']);
    const listed: number[] = [];
    workbook.getWorksheet('问题清单')!.eachRow((row) => {
      const id = row.getCell(14).value;
      if (row.number > 2 && typeof id === 'number') listed.push(id);
    });

    const scored = (await seeded().as('appraisal', { method: 'GET', url: '/api/appraisal/2024' })).json().appraisal;
    const counted = scored.sections.flatMap((s: { items: { deductions: Deduction[] }[] }) =>
      s.items.flatMap((i) => i.deductions.flatMap((d) => d.findingIds)),
    );
    expect(counted.length).toBeGreaterThan(0);
    expect([...listed].sort((a, b) => a - b)).toEqual([...counted].sort((a: number, b: number) => a - b));
  });

  it('is refused to a section user, and answers 404 for an unknown agency', async () => {
    expect((await seeded().as('section1', { method: 'GET', url: '/api/appraisal/2024/evaluation' })).statusCode).toBe(403);
    expect((await seeded().as('admin', { method: 'GET', url: '/api/appraisal/2024/evaluation', query: { agency: 'nope' } })).statusCode).toBe(404);
  });
});
