// Logging in through the dashboard's own form, as a user would, in a fresh browser context.
import type { Browser, Page } from 'playwright-core';

export async function logIn(browser: Browser, url: string, login: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error (${login}):`, error.message));
  await page.goto(url);
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', password);
  await page.click('form.login-form button[type=submit]');
  await page.waitForSelector('nav.side-nav a');
  return page;
}
