// Debian's Chromium driven by playwright-core (never a downloaded browser). Browser tests skip with a
// message when it is missing, unless GONGKAI_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const REQUIRE_BROWSER_ENV = 'GONGKAI_REQUIRE_BROWSER';

export function browserAvailability(): { available: boolean; reason: string | null } {
  if (existsSync(CHROMIUM_PATH)) return { available: true, reason: null };
  const reason = `${CHROMIUM_PATH} not found (apt-get install -y chromium fonts-wqy-microhei)`;
  if (process.env[REQUIRE_BROWSER_ENV] === '1') throw new Error(`${REQUIRE_BROWSER_ENV}=1 but ${reason}`);
  return { available: false, reason };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The flags keep Chromium off the network (this machine's is closed) and quiet.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
