// 定期检查 in Chromium against the sample app, as the leader: start an inspection for a period, see its
// findings snapshot, sign it, set a rectification deadline that has passed, and download the record as
// Excel and Word, read back with ExcelJS and JSZip.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { browserAvailability } from './helpers/chromium.ts';
import { ARTIFACTS, useSampleBrowser } from './helpers/sample-browser.ts';
import { columnValues } from './helpers/tables.ts';
import { RECORD_SHEETS } from '../../reports/inspection/index.ts';

const { available, reason } = browserAvailability();
if (!available) console.warn(`browser tests skipped: ${reason}`);

const PERIOD = { from: '2025-01-01', to: '2026-03-31' };
const NOTE = '浏览器测试：2025年度定期检查';
/** Before the day the test runs: the deadline set below has passed. */
const DEADLINE = '2026-01-15';

describe.skipIf(!available)('定期检查 in Chromium', () => {
  const fixture = useSampleBrowser();

  it('lets the leader start, sign and follow up an inspection and download its record', async () => {
    const page = await fixture.logIn('leader');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.click('nav.side-nav a:text-is("定期检查")');
    await page.fill('input[name=from]', PERIOD.from);
    await page.fill('input[name=to]', PERIOD.to);
    await page.fill('input[name=note]', NOTE);
    await page.click('button:text-is("发起检查")');

    // The snapshot: the findings of the period, as many rows as the facts count.
    const heading = page.locator('.inspection-detail h2');
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toMatch(new RegExp(`^检查记录 #\\d+：${PERIOD.from} 至 ${PERIOD.to}$`));
    const id = Number(/#(\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
    const rows = page.locator('.inspection-detail table.data tbody tr');
    const snapshot = await rows.count();
    expect(snapshot).toBeGreaterThan(0);
    const facts = page.locator('.inspection-detail dl.facts');
    await expect(facts.textContent()).resolves.toContain(`${snapshot} / 0 / 0`);
    const dues = await columnValues(page, '.inspection-detail', '期限');
    expect(dues.filter((d) => d !== '—').every((d) => d >= PERIOD.from && d <= PERIOD.to)).toBe(true);

    // Signed by the leader: the name replaces 未签署, and the button is gone.
    await page.fill('input[name=signNote]', '已阅，请各科室按期整改');
    await page.click('button:text-is("签署检查记录")');
    await page.waitForFunction(() => /leader，/.test(document.querySelector('.inspection-detail dl.facts')?.textContent ?? ''));
    await expect(page.locator('button:text-is("签署检查记录")').count()).resolves.toBe(0);

    // A deadline on the first finding, already past: counted overdue and the row marked.
    const subject = (await columnValues(page, '.inspection-detail', '对象'))[0];
    await rows.first().locator('input[type=checkbox]').check();
    await page.fill('input[name=rectifyBy]', DEADLINE);
    await page.click('button:text-is("为所选问题设定期限")');
    await page.waitForFunction(
      (deadline) => [...document.querySelectorAll('.inspection-detail table.data tbody td')].some((td) => td.textContent === deadline),
      DEADLINE,
    );
    await expect(facts.textContent()).resolves.toContain(`${snapshot} / 0 / 1`);
    await expect(page.locator('.inspection-detail tr.row-overdue').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'inspection.png'), fullPage: true });

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=record-xlsx]')]);
    expect(xlsx.suggestedFilename()).toBe(`定期检查记录-${id}-${PERIOD.from}至${PERIOD.to}.xlsx`);
    const xlsxFile = path.join(ARTIFACTS, 'inspection-record.xlsx');
    await xlsx.saveAs(xlsxFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const coverLines = workbook.getWorksheet(RECORD_SHEETS.cover)!.getColumn(1).values.map(String);
    expect(coverLines).toContain('分管领导签字：leader');
    expect(coverLines).toContain('说明：已阅，请各科室按期整改');
    const findingRows = workbook.getWorksheet(RECORD_SHEETS.findings)!.getColumn(2).values.filter((v) => typeof v === 'number');
    expect(findingRows).toHaveLength(snapshot);
    const rectification = workbook.getWorksheet(RECORD_SHEETS.rectification)!;
    // Row 4: the first item under the title, the heading and the column heads.
    expect(rectification.getRow(4).getCell(5).value).toBe(subject);
    expect(rectification.getRow(4).getCell(7).value).toBe(DEADLINE);
    expect(rectification.getRow(4).getCell(9).value).toBe('逾期未整改');

    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=record-docx]')]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const docxFile = path.join(ARTIFACTS, 'inspection-record.docx');
    await docx.saveAs(docxFile);
    const xml = await (await JSZip.loadAsync(await readFile(docxFile))).file('word/document.xml')!.async('string');
    expect(xml).toContain('定期检查记录');
    expect(xml).toContain('分管领导签字：leader');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
