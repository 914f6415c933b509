// A browser suite's fixture: the dashboard built, the sample app started and Chromium launched once for
// the suite (in parallel), closed after it; screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureDashboardBuilt } from '../../../dashboard/build.ts';
import { launchChromium } from './chromium.ts';
import { PASSWORD, startSampleApp, type SampleApp, type SampleUser } from './sample-app.ts';
import { logIn } from './session.ts';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../../test-artifacts');

export interface SampleBrowser {
  sample(): SampleApp;
  browser(): Browser;
  /** A fresh context logged in as a sample user. */
  logIn(user: SampleUser): Promise<Page>;
}

export function useSampleBrowser(): SampleBrowser {
  let sample: SampleApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [, sample, browser] = await Promise.all([ensureDashboardBuilt(), startSampleApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sample?.close();
  });
  const fixture: SampleBrowser = {
    sample: () => sample!,
    browser: () => browser!,
    logIn: (user) => logIn(browser!, sample!.url, user, PASSWORD),
  };
  return fixture;
}
