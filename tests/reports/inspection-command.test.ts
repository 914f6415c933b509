// gongkai report inspection through the real command-line parser, on an embedded database directory: JSON
// on standard output, xlsx/docx/json by extension, a period with and without a saved inspection, and exit
// code 2 with a Chinese message for an unknown agency or inspection and a bad period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../cli/index.ts';
import { captureOutput } from '../../cli/output.ts';
import { createInspection, signInspection } from '../../server/data/inspections.ts';
import { RECORD_SHEETS } from '../../reports/inspection/index.ts';
import { AGENCY, AGENCY_NAME, PERIOD, seedInspectionScenario } from './inspection-scenario.ts';
import { seededDatabaseDir } from './fixtures.ts';

let dir: string;
let inspection: number;
const run = (...argv: string[]) => captureOutput(() => main([...argv, '--db', path.join(dir, 'db')]));
const PERIOD_ARG = `${PERIOD.from}..${PERIOD.to}`;

beforeAll(async () => {
  dir = await seededDatabaseDir('gk-inspection-cli-', async (db) => {
    await seedInspectionScenario(db);
    // A saved inspection of another period: --period of the scenario's still has none.
    ({ id: inspection } = await createInspection(db, { agency: AGENCY, from: '2025-01-01', to: '2025-03-31', note: null, by: 'office' }));
    await signInspection(db, { agency: AGENCY, section: null }, inspection, 'leader', null);
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gongkai report inspection', () => {
  it('prints the record of a period with no saved inspection as JSON', async () => {
    const { result, stdout } = await run('report', 'inspection', '--agency', AGENCY, '--period', PERIOD_ARG, '--as-of', '2025-07-31');
    expect(result).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ inspection: null, period: PERIOD, inspectedOn: '2025-07-31', totals: { total: 7 } });
    expect(json.sections.map((s: { section: string | null; total: number }) => [s.section, s.total])).toEqual([
      ['办公室', 2],
      ['执法科', 3],
      [null, 2],
    ]);
  });

  it('writes a saved inspection as xlsx, docx and json by extension', async () => {
    for (const extension of ['xlsx', 'docx', 'json']) {
      const file = path.join(dir, `record.${extension}`);
      const { result, stdout } = await run('report', 'inspection', '--agency', AGENCY, '--inspection', String(inspection), '--out', file);
      expect(result, extension).toBe(0);
      expect(stdout).toContain(`已写入 ${file}（${AGENCY_NAME} 2025-01-01 至 2025-03-31 定期检查记录，检查记录 #${inspection}`);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'record.xlsx'));
    expect(workbook.getWorksheet(RECORD_SHEETS.cover)!.getColumn(1).values).toContain('分管领导签字：leader');
    const zip = await JSZip.loadAsync(await readFile(path.join(dir, 'record.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('分管领导签字：leader');
    const json = JSON.parse(await readFile(path.join(dir, 'record.json'), 'utf8'));
    expect(json.inspection.id).toBe(inspection);
    expect(json.signature.signedBy).toBe('leader');
  });

  it('takes the saved inspection of a period when there is one', async () => {
    const { result, stdout } = await run('report', 'inspection', '--agency', AGENCY, '--period', '2025-01-01..2025-03-31');
    expect(result).toBe(0);
    expect(JSON.parse(stdout).inspection.id).toBe(inspection);
  });

  it('exits 2 with a Chinese message for bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['--agency', 'NOPE', '--period', PERIOD_ARG], /未找到单位 NOPE/],
      [['--agency', AGENCY, '--inspection', String(inspection + 100)], new RegExp(`未找到检查记录 #${inspection + 100}`)],
      [['--agency', AGENCY, '--inspection', 'abc'], /--inspection 应为检查记录编号/],
      [['--agency', AGENCY], /--inspection <编号> 或 --period/],
      [['--agency', AGENCY, '--inspection', '1', '--period', PERIOD_ARG], /之一/],
      [['--agency', AGENCY, '--period', '2025-06-30..2025-01-01'], /晚于截止日期/],
      [['--agency', AGENCY, '--period', '2025-01-01'], /--period 应写作/],
      [['--agency', AGENCY, '--period', PERIOD_ARG, '--as-of', 'yesterday'], /--as-of 不是有效日期/],
      [['--agency', AGENCY, '--period', PERIOD_ARG, '--out', path.join(dir, 'x.pdf')], /\.xlsx、\.docx 或 \.json/],
    ];
    for (const [args, message] of cases) {
      const { result, stderr } = await run('report', 'inspection', ...args);
      expect(result, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(message);
    }
  });
});
