import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { addOperator } from '../support/operators.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';

/** Where the screenshot of the console is written on every run (see README). */
export const SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'live-console.png');

describe('the live console in Chromium', () => {
  let core: TestConsole;
  let browser: Browser;
  let page: Page;
  let device: Publisher;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'guard', 'e2e'), { seat: 'e2e-live' });
  });

  afterAll(async () => {
    await browser?.close();
    await device?.close();
    await core?.stop();
  });

  it('draws the demo floorplan with placed device markers', async () => {
    await page.locator('.leaflet-image-layer').first().waitFor();
    expect(await page.locator('[data-device-id]').count()).toBeGreaterThan(5);
  });

  it('turns a forced door red on the map and lists the alarm', async () => {
    await device.send('door-g-entrance', 'status', { id: 'st-1', ts: Date.now(), online: true });
    const marker = page.locator('.leaflet-marker-pane [data-device-id="door-g-entrance"]');
    await marker.waitFor();
    expect(await marker.getAttribute('data-state')).not.toBe('alarm');

    const published = Date.now();
    await device.send('door-g-entrance', 'access', {
      id: 'e2e-forced-1',
      ts: new Date().toISOString(),
      event: 'door-forced',
    });
    await page
      .locator('.leaflet-marker-pane [data-device-id="door-g-entrance"][data-state="alarm"]')
      .waitFor({ timeout: 5000 });
    const row = page.locator('[data-alarm-id][data-device-id="door-g-entrance"][data-condition="door-forced"]');
    await row.waitFor({ timeout: 5000 });
    const seenAfterMs = Date.now() - published;
    // A figure for the record, not a pass/fail timing: the generous bound only catches a stuck pipeline.
    console.info(`door-forced published → marker and queue row in Chromium: ${seenAfterMs} ms`);
    expect(seenAfterMs).toBeLessThan(5000);
    expect(await row.textContent()).toMatch(/door forced/i);

    mkdirSync(join(PACKAGE_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it("shows a device's details where a guard points, above the marker as they grow with a new alarm", async () => {
    const marker = page.locator('.leaflet-marker-pane [data-device-id="pir-g-dock"]');
    await marker.hover();
    const details = page.locator('.wf-tooltip .device-details[data-device-id="pir-g-dock"]');
    await details.waitFor();
    expect(await details.getByText('Open alarms').count()).toBe(0);
    await device.send('pir-g-dock', 'alarm', { id: 'e2e-motion-1', ts: Date.now(), kind: 'motion', state: 'active' });
    await details.getByText('Open alarms').waitFor({ timeout: 5000 });
    const top = (await marker.boundingBox())?.y ?? 0;
    const bottom = async () => {
      const box = await page.locator('.wf-tooltip').boundingBox();
      return box ? box.y + box.height : Infinity;
    };
    await expect.poll(bottom).toBeLessThanOrEqual(top);
  });

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
