import type { Page } from 'playwright-core';
import type { TestOperator } from './operators.js';

/**
 * Signs a page in as a guard would: the sign-in page, username, password, Enter; then waits for the
 * live feed. `query` carries URL choices such as `seat` and `view`.
 */
export async function signInPage(
  page: Page,
  httpUrl: string,
  operator: Pick<TestOperator, 'username' | 'password'>,
  query: Record<string, string> = {},
): Promise<void> {
  const search = new URLSearchParams(query).toString();
  await page.goto(`${httpUrl}${search ? `?${search}` : ''}`);
  await page.locator('[data-testid="username-input"]').fill(operator.username);
  await page.locator('[data-testid="password-input"]').fill(operator.password);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor();
}
