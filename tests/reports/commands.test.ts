// gongkai report annual and gongkai export evaluation through the real command-line parser, on an
// embedded database directory: formats by extension, JSON on standard output, exit code 2 for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../cli/index.ts';
import { captureOutput } from '../../cli/output.ts';
import { AGENCY, seedAppraisalScenario } from './appraisal-scenario.ts';
import { seededDatabaseDir } from './fixtures.ts';

let dir: string;
const run = (...argv: string[]) => captureOutput(() => main([...argv, '--db', path.join(dir, 'db')]));

beforeAll(async () => {
  dir = await seededDatabaseDir('gk-report-cli-', async (db) => {
    await seedAppraisalScenario(db);
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gongkai report annual', () => {
  it('prints JSON without --out', async () => {
    const { result, stdout } = await run('report', 'annual', '--agency', AGENCY, '--year', '2024');
    expect(result).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.year).toBe(2024);
    expect(json.computed.figures['三.本年新收.总计']).toBe(2);
    expect(json.published).toBeNull();
  });

  it('writes xlsx, docx and json by extension', async () => {
    for (const extension of ['xlsx', 'docx', 'json']) {
      const file = path.join(dir, `annual.${extension}`);
      const { result, stdout } = await run('report', 'annual', '--agency', AGENCY, '--year', '2024', '--out', file);
      expect(result, extension).toBe(0);
      expect(stdout).toMatch(/已写入/);
      expect((await stat(file)).size).toBeGreaterThan(500);
    }
  });

  it('exits 2 for an unknown agency, a bad year or an unknown extension', async () => {
    const unknown = await run('report', 'annual', '--agency', 'NOPE', '--year', '2024');
    expect(unknown.result).toBe(2);
    expect(unknown.stderr).toMatch(/未找到单位 NOPE/);
    expect((await run('report', 'annual', '--agency', AGENCY, '--year', '24')).result).toBe(2);
    const pdf = await run('report', 'annual', '--agency', AGENCY, '--year', '2024', '--out', path.join(dir, 'a.pdf'));
    expect(pdf.result).toBe(2);
    expect(pdf.stderr).toMatch(/\.xlsx、\.docx 或 \.json/);
  });
});

describe('gongkai export evaluation', () => {
  it('writes the workbook and reports the scores', async () => {
    const file = path.join(dir, 'evaluation.xlsx');
    const { result, stdout } = await run('export', 'evaluation', '--year', '2024', '--agency', AGENCY, '--out', file);
    expect(result).toBe(0);
    expect(stdout).toMatch(/问题清单 17 条/);
    expect(stdout).toMatch(/嘉定区应急管理局：45 分（不合格）/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets).toHaveLength(4);
  });

  it('takes a period and a scheme file', async () => {
    const scheme = path.join(dir, 'scheme.json');
    await writeFile(
      scheme,
      JSON.stringify({
        id: 'only-late',
        name: '只计答复超期',
        items: [{ id: 'requests', name: '依申请公开', max: 100, deductions: [{ id: 'late', name: '答复超期', points: 10, rules: ['req/answer-late'] }] }],
      }),
    );
    const file = path.join(dir, 'evaluation-h2.xlsx');
    const { result, stdout } = await run(
      'export', 'evaluation', '--year', '2024', '--period', '2024-07-01..2024-12-31', '--scheme', scheme, '--out', file,
    );
    expect(result).toBe(0);
    expect(stdout).toMatch(/90 分（优秀）/);
  });

  it('exits 2 for a bad scheme, a bad period or a non-xlsx output', async () => {
    const scheme = path.join(dir, 'bad-scheme.json');
    await writeFile(scheme, JSON.stringify({ id: 'x', name: 'x', items: [{ id: 'a', name: 'a', max: 10, deductions: [{ id: 'b', name: 'b', points: 1, rules: ['doc/nope'] }] }] }));
    const bad = await run('export', 'evaluation', '--year', '2024', '--scheme', scheme, '--out', path.join(dir, 'x.xlsx'));
    expect(bad.result).toBe(2);
    expect(bad.stderr).toMatch(/bad-scheme\.json.*未知规则 doc\/nope/);
    const period = await run('export', 'evaluation', '--year', '2024', '--period', '2024-12-31..2024-01-01', '--out', path.join(dir, 'x.xlsx'));
    expect(period.result).toBe(2);
    expect(period.stderr).toMatch(/晚于截止日期/);
    expect((await run('export', 'evaluation', '--year', '2024', '--out', path.join(dir, 'x.csv'))).result).toBe(2);
  });
});
