import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { addOperator, signIn } from '../support/operators.js';

describe('signing in, the admin screen and signing out, in Chromium', () => {
  let core: TestConsole;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    core = await startTestConsole();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await core?.stop();
  });

  it('shows nothing of the site before sign-in, and says so on a wrong password', async () => {
    const admin = await addOperator(core.dbPath, 'admin', 'chief', 'Chief Ops');
    await page.goto(core.httpUrl);
    await page.locator('[data-testid="sign-in"]').waitFor();
    expect(await page.locator('[data-device-id]').count()).toBe(0);
    await page.locator('[data-testid="username-input"]').fill(admin.username);
    await page.locator('[data-testid="password-input"]').fill('not-the-password');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="sign-in-problem"]').textContent())
      .toBe('wrong username or password');
  });

  it('signs in, keeps the session over a reload, and shows the floorplan', async () => {
    await signInPage(page, core.httpUrl, { username: 'chief', password: 'pw-chief-correct-horse' });
    await page.locator('[data-testid="seat-operator"]', { hasText: 'Chief Ops' }).waitFor();
    await page.locator('.leaflet-image-layer').first().waitFor();
    expect(await page.locator('.leaflet-image-layer').first().getAttribute('src')).toMatch(/^blob:/);
    await page.reload();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor();
    await page.locator('[data-testid="seat-operator"]', { hasText: 'Chief Ops' }).waitFor();
  });

  it('lets an admin add a guard on the accounts screen, who can then sign in', async () => {
    await page.locator('[data-testid="screen-admin"]').click();
    const form = page.locator('[data-testid="add-operator"]');
    await form.waitFor();
    const inputs = form.locator('input');
    await inputs.nth(0).fill('new.guard');
    await inputs.nth(1).fill('New Guard');
    await inputs.nth(2).fill('a-long-enough-pass');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-testid="operator-new.guard"]').waitFor();
    const session = await signIn(core.httpUrl, { username: 'new.guard', password: 'a-long-enough-pass' });
    expect(session.operator).toMatchObject({ role: 'guard', displayName: 'New Guard' });
  });

  it('signs out back to the sign-in page, and the old token no longer works', async () => {
    const token = await page.evaluate(() => sessionStorage.getItem('watchfloor.session'));
    await page.locator('[data-testid="screen-full"]').click();
    await page.locator('[data-testid="sign-out"]').click();
    await page.locator('[data-testid="sign-in"]').waitFor();
    await expect
      .poll(
        async () =>
          (await fetch(new URL('/api/alarms', core.httpUrl), { headers: { Authorization: `Bearer ${token}` } })).status,
      )
      .toBe(401);
    expect(errors).toEqual([]);
  });
});
