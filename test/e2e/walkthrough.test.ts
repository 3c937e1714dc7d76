import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../shared/contract/device-event.js';
import { emptyDeviceState } from '../../shared/domain/device-state.js';
import { DEMO_SITE_DIR, PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { openStore } from '../../electron/core/store/store.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { addOperator } from '../support/operators.js';
import { tempDir } from '../support/temp-dir.js';
import { pdfText } from '../unit/electron/core/reports/pdf-text.js';

/** Where the planner screen with a planned walk is written on every run. */
const SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'walkthrough.png');
const HOUR = 3_600_000;
const site = loadSite(DEMO_SITE_DIR);
const dir = tempDir('walkthrough-e2e');

/** This week at Harbour Point: everything reports, a camera drops out, two doors misbehave, a panel is offline. */
function seedWeek(file: string): void {
  const store = openStore(file);
  const now = Date.now();
  let serial = 0;
  const event = (deviceId: string, hoursAgo: number, message: Pick<DeviceEvent, 'channel' | 'payload'>) => {
    const at = now - hoursAgo * HOUR;
    const full = { siteId: site.id, deviceId, eventId: `e${++serial}`, deviceTs: at, receivedAt: at, ...message };
    store.events.append(full as DeviceEvent, JSON.stringify(full.payload)); // channel and payload come as a pair
  };
  store.inTransaction(() => {
    for (const device of site.devices)
      store.devices.save({ ...emptyDeviceState(site.id, device.id), online: true, lastSeenAt: now });
    for (const hoursAgo of [20, 40, 60])
      event('cam-g-dock', hoursAgo, { channel: 'camera', payload: { id: 'c', ts: 0, status: 'video-loss' } });
    for (const hoursAgo of [2, 3, 4])
      event('door-1-server', hoursAgo, { channel: 'access', payload: { id: 'a', ts: 0, event: 'door-held-open' } });
    event('door-2-hr', 5, { channel: 'access', payload: { id: 'a', ts: 0, event: 'door-fault' } });
    store.devices.save({ ...emptyDeviceState(site.id, 'panel-2'), online: false, lastSeenAt: now - 6 * HOUR });
  });
  store.close();
}

describe('a planner plans this week’s walkthrough and prints its card', () => {
  let core: TestConsole;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const db = join(dir.path, 'week.db');
    seedWeek(db);
    core = await startTestConsole([], db);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'supervisor'), { view: 'walkthrough' });
  });

  afterAll(async () => {
    await browser?.close();
    await core?.stop();
    dir.remove();
  });

  it('plans the week: four stops in walking order, numbered on the plan with the route drawn', async () => {
    await page.locator('[data-testid="walk-plan"]').click();
    const rows = page.locator('[data-testid="walk-stops"] > li');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-device-id')))).toEqual([
      'cam-g-dock',
      'door-1-server',
      'door-2-hr',
      'panel-2',
    ]);
    expect(await page.locator('[data-testid="walk-summary"]').textContent()).toMatch(
      /^4 stops from the Security office · \d+ m · about \d+ min$/,
    );
    await expect.poll(() => page.locator('.walk-stop').count()).toBe(1);
    expect(await page.locator('.walk-stop').first().textContent()).toBe('1');
    expect(await page.locator('path.walk-route').count()).toBe(1);
    await page.locator('.walk__floor-tabs button', { hasText: 'Second floor' }).click();
    await expect.poll(() => page.locator('.walk-stop').allTextContents()).toEqual(['3', '4']);
    mkdirSync(join(PACKAGE_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(errors).toEqual([]);
  });

  it('prints the card: the stops with a box each, without the console around them', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.walk__header').isVisible()).toBe(false);
    expect(await page.locator('.walk__map').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="walk-stops"] input[type="checkbox"]').count()).toBe(4);
    // Chromium prints ligatures ("ffi") as their own text runs: compare without spaces.
    const printed = (await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).text.replace(/\s+/g, '');
    expect(printed).toContain('Inspectionwalkthrough,HarbourPointOffices');
    expect(printed).toContain('doorheldopen3×inthelast7days');
    expect(printed).not.toContain('Planwalkthrough');
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the PDF route card', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="walk-pdf"]').click(),
    ]);
    const file = join(dir.path, 'card.pdf');
    await download.saveAs(file);
    const { text } = await pdfText(new Uint8Array(readFileSync(file)));
    expect(text).toContain('Walkthrough route card');
    expect(text).toContain('1. Camera, loading dock');
    expect(errors).toEqual([]);
  });
});
