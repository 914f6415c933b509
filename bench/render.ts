// The `render` step of `npm run bench`: how long the 总览 page takes to draw its first chart in Chromium
// (Debian's /usr/bin/chromium through playwright-core), as a leader of the city's largest agency, against
// the same dashboard's log-in page served by the same server (same bundle, no data, no chart).
//
// Each load is a fresh browser context (no cache, no state), navigated directly to the page with a session
// cookie already set; the time is the page's own clock (performance.now(), from navigation start) at the
// moment an observer installed before any script sees the element: the first `[data-chart] svg` on the
// overview, the log-in form on the baseline. Loads of the two pages alternate; medians of `loads` each.
// bench/run.ts reads only the row below from this file; the step's own modules load when it runs.
import type { Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const FIRST_CHART = '[data-chart] svg';
const LOGIN_FORM = 'form.login-form';

interface Timings {
  median: number;
  runs: number[];
}

export interface RenderResult {
  agency: string;
  loads: number;
  overview: Timings;
  login: Timings;
  /** overview median ÷ log-in page median */
  ratio: number;
  buildMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Records, on the page's clock, when the first element matching `selector` appears. A string, not a
 * function: tsx's transform adds helpers to named functions that do not exist in the page.
 */
function observeFirst(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const observer = new MutationObserver(() => {
      if (window.__firstSeenAt === undefined && document.querySelector(selector)) {
        window.__firstSeenAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

async function timeLoad(browser: Browser, url: string, selector: string, cookies: { name: string; value: string }[]): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  try {
    if (cookies.length) await context.addCookies(cookies.map((c) => ({ ...c, url })));
    await context.addInitScript(observeFirst(selector));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { state: 'attached', timeout: 300_000 });
    await page.waitForFunction(() => (window as unknown as { __firstSeenAt?: number }).__firstSeenAt !== undefined);
    return await page.evaluate(() => (window as unknown as { __firstSeenAt: number }).__firstSeenAt);
  } finally {
    await context.close();
  }
}

export async function renderStep(a: Record<string, unknown> & { db: string }): Promise<RenderResult> {
  const [{ sql }, { chromium }, { openDatabase }, { ensureDashboardBuilt }, { buildApp }, { createAccount }, { openSession }, { CSRF_COOKIE, SESSION_COOKIE }, { readManifest }] =
    await Promise.all([
      import('kysely'),
      import('playwright-core'),
      import('../db/connection.ts'),
      import('../dashboard/build.ts'),
      import('../server/app.ts'),
      import('../server/auth/users.ts'),
      import('../server/auth/sessions.ts'),
      import('../server/auth/cookies.ts'),
      import('./load.ts'),
    ]);
  const manifest = await readManifest(String(a.data));
  const loads = Number(a.loads ?? 7);
  const largest = [...manifest.agencies].sort((x, y) => y.documents - x.documents)[0]!;
  const build = await ensureDashboardBuilt();
  const gk = await openDatabase(a.db);
  const app = await buildApp({ gk, closeDatabaseOnExit: false });
  let browser: Browser | undefined;
  try {
    await sql`delete from app_user where login = 'bench-render'`.execute(gk.db);
    const user = await createAccount(gk.db, { login: 'bench-render', role: 'leader', agency: largest.code, section: null, password: 'bench-password-1' });
    const session = await openSession(gk.db, user.id, { ip: '127.0.0.1', userAgent: 'bench render' });
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
    const cookies = [
      { name: SESSION_COOKIE, value: session.token },
      { name: CSRF_COOKIE, value: session.csrfToken },
    ];
    // Every period, so that each chart has data to draw.
    const overview = () => timeLoad(browser!, `${origin}/#/overview?period=all`, FIRST_CHART, cookies);
    const login = () => timeLoad(browser!, `${origin}/`, LOGIN_FORM, []);
    await overview(); // warm the database's cache and the server's code paths once
    await login();
    const runs = { overview: [] as number[], login: [] as number[] };
    for (let i = 0; i < loads; i++) {
      runs.overview.push(await overview());
      runs.login.push(await login());
    }
    const result = { overview: { median: median(runs.overview), runs: runs.overview }, login: { median: median(runs.login), runs: runs.login } };
    return { agency: largest.code, loads, ...result, ratio: result.overview.median / result.login.median, buildMs: build.ms };
  } finally {
    await browser?.close();
    await app.close();
    await gk.close();
  }
}

/** The step's row in bench/run.ts's table. */
export function renderRows(r: RenderResult | { error: string }) {
  if ('error' in r) return [{ figure: 'overview first render in Chromium', goal: '(information)', measured: `did not run: ${r.error.slice(0, 160)}`, holds: false }];
  return [
    {
      figure: `overview first render in Chromium (${r.agency}, first chart SVG, median of ${r.loads} cold loads)`,
      goal: '(information)',
      measured: `${r.overview.median.toFixed(0)} ms vs the log-in page ${r.login.median.toFixed(0)} ms (${r.ratio.toFixed(1)}×)`,
      holds: null,
    },
  ];
}
