import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { addOperator, operatorToken } from '../support/operators.js';
import { connectSeat, type Seat } from '../support/seat.js';

/** The replay screen, written on every run for a look at it. */
export const SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'review-replay.png');
const NOTE = 'Ladder found against the dock fence';

describe('a supervisor reviews a shift: filter, search, alarm history, replay, export', () => {
  let core: TestConsole;
  let browser: Browser;
  let device: Publisher;
  let guard: Seat;
  let page: Page;
  const errors: string[] = [];
  let alarmId = 0;

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    guard = await connectSeat(core.httpUrl, { token: await operatorToken(core, 'guard', 'a.osei'), seat: 'desk-1' });
    await device.send('door-g-dock', 'access', { id: 'rv-forced', ts: Date.now(), event: 'door-forced' });
    await device.send('cam-g-stores', 'camera', { id: 'rv-cam', ts: Date.now(), status: 'ok', fps: 25 });
    alarmId = (await guard.delta('alarm', (d) => d.alarm.condition === 'door-forced')).alarm.id;
    expect(await guard.command({ action: 'note', alarmId, text: NOTE })).toEqual({ ok: true });

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'supervisor', 's.lund'), { view: 'review' });
  });

  afterAll(async () => {
    guard.close();
    await device.close();
    await browser.close();
    await core.stop();
  });

  it('filters the last 8 hours to the loading dock', async () => {
    await page.getByLabel('Range preset').selectOption('Last 8 hours');
    await page.locator('.review-row[data-action="note"]').waitFor();
    await page.getByLabel('zone').selectOption('loading-dock');
    await page.locator('.review-row[data-kind="event"]').first().waitFor();
    const devices = await page.locator('.review-row__device').allTextContents();
    expect(new Set(devices)).toEqual(new Set(['door-g-dock']));
  });

  it('finds the note and opens its alarm', async () => {
    await page.getByLabel('Search notes').fill('ladder');
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.locator('.review-hits li', { hasText: '«Ladder»' });
    await hit.waitFor();
    await hit.getByRole('button', { name: `alarm ${alarmId}` }).click();
    const history = page.getByLabel(`Alarm ${alarmId} history`);
    await history.locator('.review-history__actions li', { hasText: NOTE }).waitFor();
    expect(await history.locator('.review-history__actions li').count()).toBe(2);
  });

  it('replays the shift on the map and scrubs to the alarm', async () => {
    await page.getByRole('button', { name: 'Replay on the map' }).click();
    const scrubber = page.getByLabel('Replay time');
    await scrubber.waitFor();
    await page.locator('.review-replay__count[data-open-alarms="0"]').waitFor();
    const max = await scrubber.getAttribute('max');
    await scrubber.evaluate((input, value) => {
      const element = input as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }, max ?? '');
    await page.locator('.review-replay__count[data-open-alarms="1"]').waitFor();
    await page.locator('.review-map [data-device-id="door-g-dock"]').waitFor();
    mkdirSync(join(PACKAGE_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('exports the shift report of the range', async () => {
    const download = page.waitForEvent('download', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const saved = await download.catch(async (error: unknown) => {
      const alert = await page.getByRole('alert').allTextContents();
      throw new Error(`no download (${String(error)}); the screen says: ${alert.join(' | ')}; ${errors.join(' | ')}`);
    });
    expect(saved.suggestedFilename()).toMatch(/^watchfloor-shift-.*\.csv$/);
    expect(errors).toEqual([]);
  });
});
