// In Chromium against the sample app: the 考核 page as the appraisal role (scores per section, each
// deduction opening the findings behind it, nothing to change, the evaluation sheet downloaded), the overview's league table showing the
// on-time rates the server computed, and a request's answer deadline as the server computed it.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailability } from './helpers/chromium.ts';
import { ARTIFACTS, useSampleBrowser } from './helpers/sample-browser.ts';
import { SAMPLE_USERS } from './helpers/sample-app.ts';
import { columnValues } from './helpers/tables.ts';

const { available, reason } = browserAvailability();
if (!available) console.warn(`browser tests skipped: ${reason}`);

const AGENCY = SAMPLE_USERS.appraisal.agency;
const YEAR = 2025;

interface Deduction {
  id: string;
  count: number;
  findingIds: number[];
}
interface ScoredSection {
  section: string | null;
  label: string;
  total: number;
  items: { deductions: Deduction[] }[];
}

/** A GET of the API from inside the page, with its session. */
function apiGet<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (u) => {
    const response = await fetch(u);
    if (!response.ok) throw new Error(`${u}: ${response.status}`);
    return response.json();
  }, url) as Promise<T>;
}

describe.skipIf(!available)('appraisal, on-time league and request deadlines in Chromium', () => {
  const fixture = useSampleBrowser();

  it('shows the appraisal role each section’s score, and a deduction’s findings, read-only', async () => {
    const page = await fixture.logIn('appraisal');
    expect(await page.locator('nav.side-nav a').allTextContents()).toEqual(['考核', '规则']);
    await page.goto(`${fixture.sample().url}/#/appraisal?year=${YEAR}`);
    const scope = '[data-page=appraisal] section.panel:has(h2:text-is("得分明细"))';
    await page.waitForSelector(`${scope} table.data tbody tr`);

    const scored = (await apiGet<{ appraisal: { sections: ScoredSection[] } }>(page, `/api/appraisal/${YEAR}?agency=${AGENCY}`)).appraisal;
    expect(await columnValues(page, scope, '科室')).toEqual(scored.sections.map((s) => s.label));
    expect((await columnValues(page, scope, '得分')).map(Number)).toEqual(scored.sections.map((s) => s.total));
    await page.waitForSelector('[data-chart=appraisal-scores] svg');

    // A section with a deduction backed by findings; its link opens exactly those findings.
    const target = scored.sections
      .flatMap((s) => s.items.flatMap((i) => i.deductions.map((d) => ({ section: s, deduction: d }))))
      .find((x) => x.deduction.findingIds.length > 0)!;
    expect(target, 'a deduction with findings in the samples').toBeDefined();
    const row = page.locator(`${scope} table.data tbody tr`, { has: page.locator(`td:text-is("${target.section.label}")`) });
    await row.locator(`a.deduction-link[data-deduction="${target.deduction.id}"]`).click();
    const evidence = '[data-testid=deduction-evidence]';
    await page.waitForSelector(`${evidence} table.data tbody tr`);
    const ids = (await columnValues(page, evidence, '编号')).map(Number);
    expect(ids).toEqual([...target.deduction.findingIds].sort((a, b) => a - b));
    expect(page.url()).toContain(`deduction=${encodeURIComponent(target.deduction.id)}`);

    // Read-only: no status control anywhere, no form to submit, and the rows open nothing.
    expect(await page.locator('#main select[name=status], #main .status-form, #main textarea, #main input[type=file]').count()).toBe(0);
    expect(await page.locator(`${evidence} table.clickable`).count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'appraisal.png'), fullPage: true });

    // The evaluation sheet downloads from the page: its evidence lists every counted finding of the year.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=evaluation-xlsx]')]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${YEAR}年度考核评分表\\.xlsx$`));
    const file = path.join(ARTIFACTS, 'evaluation-sheet.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['评分汇总', '扣分计算', '问题清单', '评分标准']);
    const listed = workbook.getWorksheet('问题清单')!.getColumn(14).values.filter((v): v is number => typeof v === 'number');
    const counted = scored.sections.flatMap((s) => s.items.flatMap((i) => i.deductions.flatMap((d) => d.findingIds)));
    expect([...listed].sort((a, b) => a - b)).toEqual([...counted].sort((a, b) => a - b));
    await page.context().close();
  });

  it('ranks the sections by the on-time rates the server computed', async () => {
    const page = await fixture.logIn('leader');
    const [from, to] = ['2024-01-01', '2026-03-31'];
    await page.goto(`${fixture.sample().url}/#/overview?period=custom&from=${from}&to=${to}`);
    await page.waitForSelector('[data-chart=on-time-league] svg');
    const scope = '[data-page=overview] section.panel:has(h2:text-is("科室按期率排行"))';
    const { onTime } = await apiGet<{ onTime: { items: number; bySection: { section: string | null; items: number; late: number; rate: number }[] } }>(
      page,
      `/api/overview?agency=${SAMPLE_USERS.leader.agency}&from=${from}&to=${to}`,
    );
    expect(onTime.items).toBeGreaterThan(0);
    expect(await columnValues(page, scope, '科室')).toEqual(onTime.bySection.map((s) => s.section ?? '（机关整体）'));
    expect(await columnValues(page, scope, '按期率')).toEqual(onTime.bySection.map((s) => `${(s.rate * 100).toFixed(1)}%`));
    expect((await columnValues(page, scope, '到期事项')).map((n) => Number(n.replace(/,/g, '')))).toEqual(onTime.bySection.map((s) => s.items));
    expect((await columnValues(page, scope, '逾期事项')).map((n) => Number(n.replace(/,/g, '')))).toEqual(onTime.bySection.map((s) => s.late));
    // One bar per section in the chart.
    expect(await page.locator('[data-chart=on-time-league] g[aria-label=bar] rect').count()).toBe(onTime.bySection.length);
    await page.locator(scope).screenshot({ path: path.join(ARTIFACTS, 'overview-on-time-league.png') });
    await page.context().close();
  });

  it('shows a request’s answer deadline across the National Day holiday as the server computed it', async () => {
    const page = await fixture.logIn('office');
    await page.goto(`${fixture.sample().url}/#/requests?period=custom&from=2024-09-01&to=2024-09-30`);
    const scope = '[data-page=requests] section.panel:has(h2:text-is("申请列表"))';
    await page.waitForSelector(`${scope} table.data tbody tr`);
    await page.waitForSelector('[data-chart=request-timeline] svg');
    const numbers = await columnValues(page, scope, '申请编号');
    const index = numbers.indexOf('WJ-YSQ-2024-053');
    expect(index).toBeGreaterThanOrEqual(0);
    expect((await columnValues(page, scope, '答复期限'))[index]).toBe('2024-10-28');
    expect((await columnValues(page, scope, '状态'))[index]).toBe('超期答复');
    expect((await columnValues(page, scope, '超期（工作日）'))[index]).toBe('3');
    await page.screenshot({ path: path.join(ARTIFACTS, 'requests-deadlines.png'), fullPage: true });
    await page.context().close();
  });
});
