// The dashboard in Debian's Chromium against the real app: an in-memory database filled through the real
// importers from data-samples/ and checked by the engine (helpers/sample-app.ts), the dashboard built by
// Vite and served by the app. Screenshots go to test-artifacts/.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailability } from './helpers/chromium.ts';
import { ARTIFACTS, useSampleBrowser } from './helpers/sample-browser.ts';
import { columnValues } from './helpers/tables.ts';
import { SAMPLE_USERS, type SampleUser } from './helpers/sample-app.ts';
const { available, reason } = browserAvailability();
if (!available) console.warn(`browser tests skipped: ${reason}`);

describe.skipIf(!available)('dashboard in Chromium', () => {
  const fixture = useSampleBrowser();
  const logIn = (user: SampleUser): Promise<Page> => fixture.logIn(user);

  async function navTitles(page: Page): Promise<string[]> {
    return page.locator('nav.side-nav a').allTextContents();
  }

  it('refuses a wrong password with a Chinese message', async () => {
    const page = await fixture.browser().newPage();
    await page.goto(fixture.sample().url);
    await page.fill('input[name=login]', 'leader');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('form.login-form button[type=submit]');
    const message = page.locator('.login-message .notice');
    await message.waitFor({ timeout: 10_000 });
    await expect(message.textContent()).resolves.toContain('登录名或密码错误');
    await page.screenshot({ path: path.join(ARTIFACTS, 'login.png') });
    await page.close();
  });

  it('shows a section user only its own section', async () => {
    const page = await logIn('section');
    const own = SAMPLE_USERS.section.section;
    expect(await navTitles(page)).toEqual(['总览', '问题清单', '科室自查', '依申请公开', '主动公开', '定期检查', '规则']);
    await expect(page.locator('[data-testid=self-check-section]').textContent()).resolves.toContain(own);

    await page.click('nav.side-nav a:text("问题清单")');
    await page.selectOption('select[name=period]', 'all');
    await page.waitForSelector('[data-page=findings] table.data tbody tr');
    await expect(page.locator('select[name=section]').isDisabled()).resolves.toBe(true);
    const sections = await columnValues(page, '[data-page=findings]', '科室');
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections)).toEqual(new Set([own]));

    // The server refuses another section, whatever the page does.
    const status = await page.evaluate(async () => (await fetch('/api/findings?section=%E5%8A%9E%E5%85%AC%E5%AE%A4')).status);
    expect(status).toBe(403);

    await page.click('nav.side-nav a:text("总览")');
    await page.waitForSelector('[data-chart=heatmap] svg');
    const heatmapSections = await page.locator('[data-chart=heatmap] g[aria-label="y-axis tick label"] text').allTextContents();
    expect(heatmapSections).toEqual([own]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'section-overview.png'), fullPage: true });
    await page.context().close();
  });

  it('lets the leader filter findings and open one with its why and evidence', async () => {
    const page = await logIn('leader');
    expect(await navTitles(page)).not.toContain('导入');
    await page.goto(`${fixture.sample().url}/#/overview?period=custom&from=2024-01-01&to=2026-03-31`);
    await page.waitForSelector('[data-chart=on-time-league] svg');
    await page.waitForSelector('[data-chart=monthly-trend] svg');
    await page.screenshot({ path: path.join(ARTIFACTS, 'overview.png'), fullPage: true });
    if (process.env.GONGKAI_README_SCREENSHOT === '1') {
      await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/screenshot-overview.png'), fullPage: true });
    }

    await page.click('nav.side-nav a:text("问题清单")');
    await page.selectOption('select[name=period]', 'all');
    await page.waitForSelector('[data-page=findings] table.data tbody tr');
    const before = await page.locator('[data-testid=findings-total]').textContent();
    await page.selectOption('select[name=rule]', 'req/answer-late');
    await page.waitForFunction((old) => document.querySelector('[data-testid=findings-total]')?.textContent !== old, before);
    expect(page.url()).toContain('rule=req%2Fanswer-late');
    const titles = await columnValues(page, '[data-page=findings]', '问题');
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set(['答复超期']));

    await page.locator('[data-page=findings] table.data tbody tr').first().click();
    const why = page.locator('[data-testid=finding-why]');
    await why.waitFor();
    const whyText = (await why.textContent()) ?? '';
    expect(whyText).toContain('为什么是问题');
    expect(whyText).toMatch(/不符合.*条例第三十三条/);
    await expect(page.locator('[data-testid=finding-evidence]').textContent()).resolves.toContain('答复期限');
    await page.screenshot({ path: path.join(ARTIFACTS, 'finding-why.png'), fullPage: true });

    // Explaining the finding records the note and the change.
    await page.selectOption('.status-form select[name=status]', 'explained');
    await page.fill('.status-form textarea[name=note]', '申请人同意延后答复，见书面记录');
    await page.click('.status-form button');
    await page.waitForSelector('.finding-detail .history li');
    await expect(page.locator('.finding-detail .history').textContent()).resolves.toContain('待处理 → 已说明');
    await page.context().close();
  });

  it('exports the filtered list as xlsx that reads back with ExcelJS', async () => {
    const page = await logIn('leader');
    await page.goto(`${fixture.sample().url}/#/findings?period=all&rule=doc%2F`);
    await page.waitForSelector('[data-page=findings] table.data tbody tr');
    const total = Number(/共 (\d+) 条/.exec((await page.locator('[data-testid=findings-total]').textContent()) ?? '')?.[1]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
    expect(download.suggestedFilename()).toMatch(/^问题清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(ARTIFACTS, 'findings-export.xlsx');
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('问题清单')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['编号', '机关', '科室', '规则', '问题', '严重程度']);
    expect(sheet.rowCount - 2).toBe(total);
    const rules = sheet.getColumn(4).values.slice(3) as string[];
    expect(rules.every((r) => r.startsWith('doc/'))).toBe(true);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const csvFile = path.join(ARTIFACTS, 'findings-export.csv');
    await csv.saveAs(csvFile);
    await page.context().close();
  });

  it('opens every page it offers, for every role, without an error', async () => {
    for (const user of Object.keys(SAMPLE_USERS) as SampleUser[]) {
      const page = await logIn(user);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (const title of await navTitles(page)) {
        await page.click(`nav.side-nav a:text-is("${title}")`);
        await page.waitForSelector(`nav.side-nav a.active:text-is("${title}")`);
        // Drawn when nothing is loading any more.
        await page.waitForFunction(() => !document.querySelector('#main .loading'), undefined, { timeout: 30_000 });
        const problems = await page.locator('#main .notice-error').allTextContents();
        expect(problems, `${user} · ${title}`).toEqual([]);
      }
      expect(errors, user).toEqual([]);
      await page.context().close();
    }
  });

  it('uploads a CSV and shows the new findings', async () => {
    const page = await logIn('office');
    expect(await navTitles(page)).toContain('导入');
    await page.click('nav.side-nav a:text("导入")');
    const csvPath = path.join(ARTIFACTS, 'upload-documents.csv');
    // One official document with no disclosure attribute (doc/attribute-missing), and a row with no date.
    writeFileSync(
      csvPath,
      '\uFEFF记录编号,科室,文号,标题,类型,形成日期,公开属性\r\n' +
        'BROWSER-TEST-001,执法大队,吴应急〔2026〕99号,<script>alert(1)</script>关于浏览器测试的通知,公文,2026-03-02,\r\n' +
        'BROWSER-TEST-002,执法大队,,缺少形成日期的文件,公文,,主动公开\r\n',
    );
    await page.selectOption('select[name=kind]', 'documents');
    await page.setInputFiles('input[type=file][name=file]', csvPath);
    await page.click('button:text("上传并导入")');
    const summary = page.locator('[data-testid=import-summary]');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.locator('[data-count=新增] .stat-value').textContent()).resolves.toBe('1');
    await expect(summary.locator('[data-count=拒绝] .stat-value').textContent()).resolves.toBe('1');
    await expect(summary.textContent()).resolves.toContain('已重新检查');
    await page.screenshot({ path: path.join(ARTIFACTS, 'import.png'), fullPage: true });

    await page.goto(`${fixture.sample().url}/#/findings?period=all&rule=doc%2Fattribute-missing`);
    await page.waitForSelector('[data-page=findings] table.data tbody tr');
    const subjects = await columnValues(page, '[data-page=findings]', '对象');
    expect(subjects).toContain('BROWSER-TEST-001');
    // Ledger text is text: the title's <script> shows as characters and runs nothing.
    await page.locator('[data-page=findings] table.data tbody tr', { hasText: 'BROWSER-TEST-001' }).click();
    await page.locator('[data-testid=finding-why]').waitFor();
    expect(await page.evaluate(() => document.querySelectorAll('#main script').length)).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'uploaded-finding.png'), fullPage: true });
    await page.context().close();
  });
});
