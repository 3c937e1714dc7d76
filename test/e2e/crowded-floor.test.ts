import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_TYPES, type Site } from '../../shared/domain/site.js';
import { SCREEN_FLOOR, writeScreenSite } from '../bench/screen-site.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher } from '../support/mqtt-publisher.js';
import { addOperator } from '../support/operators.js';
import { tempDir } from '../support/temp-dir.js';

/** Past CANVAS_MARKERS_FROM: the floor is drawn on one canvas, not a DOM marker per device. */
const DEVICES = 1_200;
/** The alarm colours of renderer/map/canvas-marker-style.ts: the disc's fill, and the selection's ring. */
const ALARM_FILL = [0xd9, 0x26, 0x26];
const SELECTED_RING = [0x6c, 0xb4, 0xff];

type Point = { x: number; y: number };

/** The colour on the floor's canvas at a point of the page (runs in the page). */
const canvasColourAt = ({ x, y }: Point): number[] => {
  const drawn = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
  const box = drawn?.getBoundingClientRect();
  if (!drawn || !box) return [];
  const scale = drawn.width / box.width;
  const pixel = drawn.getContext('2d')?.getImageData((x - box.left) * scale, (y - box.top) * scale, 1, 1).data;
  return pixel ? [...pixel].slice(0, 3) : [];
};
const near = (colour: number[], expected: number[]) =>
  colour.length === 3 && colour.every((value, i) => Math.abs(value - (expected[i] ?? 0)) <= 8);

describe(`a floor of ${DEVICES.toLocaleString('en-US')} devices in Chromium`, () => {
  const dir = tempDir('crowded-floor');
  let site: Site;
  let core: TestConsole;
  let browser: Browser;
  let page: Page;

  /** Where a device is on the page: its place on the plan, read off the drawn floorplan image. */
  async function onPage(deviceId: string): Promise<Point> {
    const device = site.devices.find((one) => one.id === deviceId);
    const floor = site.buildings[0]?.floors.find((one) => one.id === SCREEN_FLOOR);
    const plan = await page.locator('.leaflet-image-layer').boundingBox();
    if (!device || !floor || !plan) throw new Error(`cannot place ${deviceId}`);
    return {
      x: plan.x + (device.x / floor.widthM) * plan.width,
      y: plan.y + (device.y / floor.heightM) * plan.height,
    };
  }

  beforeAll(async () => {
    site = writeScreenSite(dir.path, DEVICES);
    core = await startTestConsole(['--site', dir.path]);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    page = await context.newPage();
    await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'guard', 'l.guard', 'L. Guard'));
    await page.locator(`.leaflet-container[data-canvas-markers="${DEVICES}"]`).waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await core?.stop();
    dir.remove();
  });

  it('draws every device on one canvas, with no element per device', async () => {
    expect(await page.locator('.leaflet-overlay-pane canvas').count()).toBe(1);
    expect(await page.locator('.leaflet-marker-pane > *').count()).toBe(0);
  });

  it('shows the details of the device a guard points at, rings it when clicked, and colours its disc when it raises an alarm', async () => {
    // An intrusion panel in the middle of the floor, zoomed in on with the wheel as a guard would.
    const middle = Math.floor(DEVICES / 2 / DEVICE_TYPES.length) * DEVICE_TYPES.length;
    const deviceId = `dev-${middle}`;
    const before = await onPage(deviceId);
    await page.mouse.move(before.x, before.y);
    for (let step = 0; step < 4; step++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(1_000); // Leaflet's wheel zoom gathers the wheel turns and animates
    const at = await onPage(deviceId);

    // Pointing at it shows its details, as on a smaller floor; the click selects it.
    const name = site.devices.find((one) => one.id === deviceId)?.name ?? deviceId;
    const details = page.locator(`.wf-tooltip .device-details[data-device-id="${deviceId}"]`);
    await details.locator('.device-details__name', { hasText: name }).waitFor();
    await page.mouse.click(at.x, at.y);
    // The selection ring is drawn at once, 3–7 px from the centre.
    await expect
      .poll(() => page.evaluate(canvasColourAt, { x: at.x + 5, y: at.y }))
      .toSatisfy((colour: number[]) => near(colour, SELECTED_RING));
    expect(near(await page.evaluate(canvasColourAt, at), ALARM_FILL)).toBe(false);

    const panel = await connectPublisher(core.brokerUrl, { siteId: site.id });
    await panel.send(deviceId, 'alarm', { id: 'e2e-crowded-1', ts: Date.now(), kind: 'intrusion', state: 'active' });
    await panel.close();
    await expect
      .poll(() => page.evaluate(canvasColourAt, at), { timeout: 10_000 })
      .toSatisfy((colour: number[]) => near(colour, ALARM_FILL));
    // The details still open under the pointer follow it, and grow upwards, clear of the disc.
    await details.getByText('Open alarms').waitFor();
    const tooltipBottom = async () => {
      const box = await page.locator('.wf-tooltip').boundingBox();
      return box ? box.y + box.height : Infinity;
    };
    await expect.poll(tooltipBottom).toBeLessThan(at.y);
  });
});
