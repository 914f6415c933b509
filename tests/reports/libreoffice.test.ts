// The generated workbooks and document open in LibreOffice: each converts to a non-empty PDF. LibreOffice
// is not installed in CI (too heavy to install on every run); without it these tests skip and say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../db/connection.ts';
import { AGENCY, seedAppraisalScenario } from './appraisal-scenario.ts';
import { ANNUAL_REPORT_FORMATS, buildAnnualReport } from '../../reports/annual/index.ts';
import { exportEvaluation } from '../../reports/evaluation/index.ts';

const probe = spawnSync('libreoffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
const available = probe.status === 0;
if (!available) {
  console.warn('跳过 LibreOffice 转换测试：未找到 libreoffice（apt-get install libreoffice-calc libreoffice-writer 后可运行）。');
}

describe.skipIf(!available)('LibreOffice opens the generated files', () => {
  let dir: string;
  const files: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gk-libreoffice-'));
    const gk = await openDatabase('memory://');
    try {
      await seedAppraisalScenario(gk.db);
      const evaluation = path.join(dir, 'evaluation.xlsx');
      await exportEvaluation(gk.db, { year: 2024, agency: AGENCY, output: { file: evaluation } });
      const report = await buildAnnualReport(gk.db, AGENCY, 2024);
      for (const format of ['xlsx', 'docx'] as const) {
        const file = path.join(dir, `annual.${format}`);
        await writeFile(file, await ANNUAL_REPORT_FORMATS[format](report));
        files.push(file);
      }
      files.push(evaluation);
    } finally {
      await gk.close();
    }
  });

  it('converts the evaluation sheet and the annual report (xlsx, docx) to PDF', async () => {
    // A profile of its own, so a LibreOffice already running elsewhere does not swallow the job.
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const converted = spawnSync(
      'libreoffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'pdf'), ...files],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    for (const file of files) {
      const pdf = path.join(dir, 'pdf', `${path.basename(file, path.extname(file))}.pdf`);
      expect((await stat(pdf)).size, pdf).toBeGreaterThan(2000);
      expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 240_000);
});
