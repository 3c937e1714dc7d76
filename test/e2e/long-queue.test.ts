import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher } from '../support/mqtt-publisher.js';
import { addOperator } from '../support/operators.js';

const OPEN_ALARMS = 1_000;

/** Whether a row shows inside the queue's scrolled view; runs in the page, so it names nothing outside itself. */
const inView = (row: Element): boolean => {
  const body = row.closest('.alarm-queue__body')?.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return body !== undefined && box.bottom > body.top && box.top < body.bottom;
};
/** Far fewer lines than alarms: what a 900 px window and the drawn margins hold. */
const MAX_DRAWN = 60;

describe('a queue of 1,000 open alarms in Chromium', () => {
  let core: TestConsole;
  let browser: Browser;
  let page: Page;
  const drawn = () => page.locator('.alarm-queue__list > li').count();

  beforeAll(async () => {
    core = await startTestConsole();
    // Devices the site does not place: on no floor, so none are grouped into an incident, 1,000 lines.
    const devices = await connectPublisher(core.brokerUrl);
    const sent = Date.now();
    for (let n = 0; n < OPEN_ALARMS; n++)
      await devices.send(`bulk-${n}`, 'alarm', { id: `bulk-${n}`, ts: sent + n, kind: 'intrusion', state: 'active' });
    await devices.close();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    page = await context.newPage();
    await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'guard', 'l.guard', 'L. Guard'));
    await page.locator('[data-testid="queue-count"]', { hasText: String(OPEN_ALARMS) }).waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await core?.stop();
  });

  it('draws a bounded number of lines, each with its place in the whole', async () => {
    expect(await drawn()).toBeLessThan(MAX_DRAWN);
    const first = page.locator('.alarm-queue__list > li').first();
    expect(await first.getAttribute('aria-posinset')).toBe('1');
    expect(await first.getAttribute('aria-setsize')).toBe(String(OPEN_ALARMS));
  });

  it('reaches the last alarm with j, the cursor drawn, focused and in view all the way', async () => {
    for (let n = 1; n <= OPEN_ALARMS; n++) {
      await page.keyboard.press('j');
      if (n % 100 !== 0) continue;
      const current = page.locator(`.alarm-queue__list > li[aria-current="true"][aria-posinset="${n}"]`);
      await current.waitFor();
      expect(await current.evaluate((row) => row === document.activeElement)).toBe(true);
      await expect.poll(() => current.evaluate(inView)).toBe(true);
      expect(await drawn()).toBeLessThan(MAX_DRAWN);
    }
    const last = page.locator('.alarm-queue__list > li[aria-current="true"]');
    expect(await last.getAttribute('data-device-id')).toBe(`bulk-${OPEN_ALARMS - 1}`);
  }, 120_000);

  it('draws the lines a guard scrolls to with the wheel', async () => {
    await page.locator('.alarm-queue__body').evaluate((body) => body.scrollTo({ top: body.scrollHeight / 2 }));
    await expect
      .poll(() =>
        page.locator('.alarm-queue__list > li').evaluateAll(
          (rows) =>
            rows.filter((row) => {
              const body = row.closest('.alarm-queue__body')?.getBoundingClientRect();
              const box = row.getBoundingClientRect();
              return body !== undefined && box.bottom > body.top && box.top < body.bottom;
            }).length,
        ),
      )
      .toBeGreaterThan(3);
    expect(await drawn()).toBeLessThan(MAX_DRAWN);
  });

  it("keeps the focus on the cursor's line while the wheel scrolls away from it, and k goes on from there", async () => {
    // The previous test left the cursor on the last alarm and the view half-way up the queue.
    const cursor = page.locator('.alarm-queue__list > li[aria-current="true"]');
    expect(await cursor.getAttribute('aria-posinset')).toBe(String(OPEN_ALARMS));
    expect(await cursor.evaluate(inView)).toBe(false);
    expect(await cursor.evaluate((row) => row === document.activeElement)).toBe(true);
    await page.locator('.alarm-queue__body').evaluate((body) => body.scrollTo({ top: 0 }));
    await page.waitForTimeout(200);
    expect(await cursor.evaluate((row) => row === document.activeElement)).toBe(true);
    expect(await drawn()).toBeLessThan(MAX_DRAWN);
    await page.keyboard.press('k');
    const previous = page.locator(`.alarm-queue__list > li[aria-current="true"][aria-posinset="${OPEN_ALARMS - 1}"]`);
    await previous.waitFor();
    expect(await previous.evaluate((row) => row === document.activeElement)).toBe(true);
    await expect.poll(() => previous.evaluate(inView)).toBe(true);
  });
});
