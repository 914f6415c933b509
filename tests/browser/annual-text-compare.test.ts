// In Chromium against the sample app: the 文本比对 view of the 年度报告 page, opened from the planted
// duplicate finding (Wujiang's 2024 report copies 2023) and from the report's own row, with shared passages
// marked on both sides, the rule's similarity and threshold shown, and ledger text shown as text, never run;
// and an annual-report ledger uploaded on 导入 with the full-text file its 全文 cell names.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailability } from './helpers/chromium.ts';
import { ARTIFACTS, useSampleBrowser } from './helpers/sample-browser.ts';
import { SAMPLE_USERS } from './helpers/sample-app.ts';

const { available, reason } = browserAvailability();
if (!available) console.warn(`browser tests skipped: ${reason}`);

const AGENCY = SAMPLE_USERS.office.agency;

/** The marked passages of one side of the comparison. */
function marks(page: Page, side: 'report' | 'other') {
  return page.locator(`[data-testid=text-compare] [data-side=${side}] .report-text mark`);
}

async function waitForComparison(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=text-compare] [data-side=other] .report-text');
}

describe.skipIf(!available)('annual report text comparison in Chromium', () => {
  const fixture = useSampleBrowser();

  it('opens from the duplicate finding: both texts side by side, shared passages marked on both', async () => {
    const page = await fixture.logIn('office');
    await page.goto(`${fixture.sample().url}/#/findings?period=all&rule=report%2Fannual-duplicate`);
    await page.waitForSelector('[data-page=findings] table.data tbody tr');
    await page.locator('[data-page=findings] table.data tbody tr').first().click();
    const finding = await page.evaluate(async () => {
      const list = (await (await fetch('/api/findings?rule=report%2Fannual-duplicate')).json()) as { items: { id: number }[] };
      const detail = (await (await fetch(`/api/findings/${list.items[0]!.id}`)).json()) as { details: Record<string, unknown> };
      return detail.details as { similarityPercent: number; thresholdPercent: number; otherYear: number };
    });
    await page.click('[data-testid=finding-text-compare]');
    await waitForComparison(page);
    expect(page.url()).toContain('view=compare');

    await expect(page.locator('[data-side=report] h3').textContent()).resolves.toBe('苏州市吴江区应急管理局 2024 年度报告');
    await expect(page.locator('[data-side=other] h3').textContent()).resolves.toBe(`苏州市吴江区应急管理局 ${finding.otherYear} 年度报告`);
    await expect(page.locator('[data-testid=text-similarity]').textContent()).resolves.toMatch(new RegExp(`^${finding.similarityPercent}%`));
    await expect(page.locator('[data-testid=text-threshold]').textContent()).resolves.toBe(`${finding.thresholdPercent}%`);
    await expect(page.locator('[data-page=annual-report] .notice-warning').textContent()).resolves.toContain('达到雷同阈值');
    for (const side of ['report', 'other'] as const) {
      expect(await marks(page, side).count(), side).toBeGreaterThan(0);
      expect((await marks(page, side).allTextContents()).join(''), side).toContain('坚持“先审查、后公开”和“一事一审”原则');
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'annual-text-compare.png'), fullPage: true });
    await page.context().close();
  });

  it("opens from the report's row, comparing with the previous report", async () => {
    const page = await fixture.logIn('leader');
    await page.goto(`${fixture.sample().url}/#/annual-report?year=2025`);
    await page.click(`[data-page=annual-report] dl.facts a:text("文本比对")`);
    await waitForComparison(page);
    await expect(page.locator('[data-side=other] h3').textContent()).resolves.toBe('苏州市吴江区应急管理局 2024 年度报告');
    await expect(page.locator('[data-page=annual-report] .notice-success').textContent()).resolves.toContain('低于雷同阈值');
    // A rewritten report keeps the official skeleton: some passages marked on each side, most not.
    for (const side of ['report', 'other'] as const) expect(await marks(page, side).count(), side).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows markup in a report as text', async () => {
    const hostile = '<img src=x onerror="window.__injected = 1">苏州市吴江区应急管理局2022年政府信息公开工作年度报告<b>一、总体情况</b>';
    await fixture
      .sample()
      .gk.db.insertInto('annual_report')
      .values({ agency: AGENCY, year: 2022, published_on: '2023-01-20', full_text: hostile, figures: '{}', extra: '{}' })
      .execute();
    const page = await fixture.logIn('office');
    await page.goto(`${fixture.sample().url}/#/annual-report?year=2023&view=compare&withYear=2022`);
    await waitForComparison(page);
    const other = page.locator('[data-side=other] .report-text');
    await expect(other.textContent()).resolves.toBe(hostile);
    expect(await other.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    await page.context().close();
  });

  it('uploads an annual-report ledger with its full-text file on 导入, and compares with it', async () => {
    const page = await fixture.logIn('office');
    await page.click('nav.side-nav a:text("导入")');
    const ledger = path.join(ARTIFACTS, 'upload-annual-reports.csv');
    const text = path.join(ARTIFACTS, '2021年度报告.txt');
    writeFileSync(ledger, '\uFEFF年度,发布日期,全文\r\n2021,2022-01-25,2021年度报告.txt\r\n');
    writeFileSync(text, '苏州市吴江区应急管理局2021年政府信息公开工作年度报告\n一、总体情况\n坚持“先审查、后公开”和“一事一审”原则。');
    await page.selectOption('select[name=kind]', 'annual-reports');
    await page.setInputFiles('input[type=file][name=file]', ledger);
    await page.setInputFiles('input[type=file][name=texts]', [text]);
    await page.click('button:text("上传并导入")');
    const summary = page.locator('[data-testid=import-summary]');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.locator('[data-count=新增] .stat-value').textContent()).resolves.toBe('1');
    await expect(summary.locator('[data-count=拒绝] .stat-value').textContent()).resolves.toBe('0');

    await page.goto(`${fixture.sample().url}/#/annual-report?year=2023&view=compare&withYear=2021`);
    await waitForComparison(page);
    await expect(page.locator('[data-side=other] .report-text').textContent()).resolves.toContain('一、总体情况');
    expect((await marks(page, 'other').allTextContents()).join('')).toContain('先审查、后公开”和“一事一审”原则');
    await page.context().close();
  });
});
