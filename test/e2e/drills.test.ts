import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { addOperator } from '../support/operators.js';

describe('a supervisor runs a drill in the browser and investigates one of its alarms', () => {
  let core: TestConsole;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    core = await startTestConsole();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'supervisor', 's.kay'), { view: 'drills' });
  });
  afterAll(async () => {
    await browser?.close();
    await core?.stop();
  });

  it('starts a drill from the drills screen', async () => {
    const [scenario, speed] = [
      page.locator('.drills__start select').nth(0),
      page.locator('.drills__start select').nth(1),
    ];
    await scenario.selectOption('night-intrusion');
    await speed.selectOption('10');
    await page.locator('[data-testid="drill-start"]').click();
    const row = page.locator('[data-testid="drill-1"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('night-intrusion ×10');
    expect(await row.textContent()).toContain('running');
    expect(await page.locator('[data-testid="drill-start"]').isDisabled()).toBe(true);
  });

  it('shows its alarms as DRILL on the desk, and investigates one from the detail', async () => {
    await page.locator('[data-testid="screen-full"]').click();
    const drillRow = page
      .locator('.alarm-queue [data-alarm-id]', { has: page.locator('[data-testid="flag-drill"]') })
      .first();
    await drillRow.waitFor({ timeout: 20_000 });
    await drillRow.click();
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid="alarm-detail"]');
    await detail.locator('[data-testid="flag-drill"]').waitFor();
    await detail.locator('[data-testid="open-investigation"]').click();
    const panel = detail.locator('[data-testid="investigation"]');
    await panel.locator('[data-testid="investigation-events"] li').first().waitFor();
    expect(await panel.textContent()).toContain('Badge activity at the doors of');
    expect(errors).toEqual([]);
  });

  it('ends the drill', async () => {
    await page.goto(`${core.httpUrl}?view=drills`);
    await page.locator('[data-testid="drill-1"] button', { hasText: 'End drill' }).click();
    await expect.poll(() => page.locator('[data-testid="drill-1"]').textContent()).toContain('ended by s.kay');
    expect(errors).toEqual([]);
  });
});
