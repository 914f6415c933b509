// Reading the dashboard's data tables as a user sees them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The text of one column of the table inside `scope`, by its header. */
export async function columnValues(page: Page, scope: string, header: string): Promise<string[]> {
  // The table may be drawn again after a filter changed (allTextContents does not wait): wait for the header.
  await page.locator(`${scope} table.data thead th`, { hasText: header }).first().waitFor();
  const headers = await page.locator(`${scope} table.data thead th`).allTextContents();
  const index = headers.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return page.locator(`${scope} table.data tbody tr td:nth-child(${index + 1})`).allTextContents();
}
