import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDeviceState } from '../../shared/domain/device-state.js';
import type { SiteVersion } from '../../shared/site-editing/site-versions.js';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { openStore } from '../../electron/core/store/store.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { addOperator, getJson, signIn } from '../support/operators.js';
import { tempDir } from '../support/temp-dir.js';

const SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'site-editor.png');
const NEW_DEVICE = 'cam-g-yard-7';
const dir = tempDir('site-editor-e2e');

/** A camera the site does not place has been heard from: it is unplaced. */
function seedUnplacedCamera(file: string): void {
  const store = openStore(file);
  store.devices.save({ ...emptyDeviceState('demo', NEW_DEVICE), online: true, lastSeenAt: Date.now() });
  store.close();
}

describe('an admin places an unplaced device by drag and drop; another seat sees it', () => {
  let core: TestConsole;
  let browser: Browser;
  let editor: Page;
  let desk: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const db = join(dir.path, 'site.db');
    seedUnplacedCamera(db);
    core = await startTestConsole([], db);
    browser = await launchChromium();
    const open = async (role: 'admin' | 'guard', query: Record<string, string>) => {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await signInPage(page, core.httpUrl, await addOperator(core.dbPath, role), query);
      return page;
    };
    editor = await open('admin', { view: 'site', seat: 'office' });
    desk = await open('guard', { seat: 'desk-a' });
  });

  afterAll(async () => {
    await browser?.close();
    await core?.stop();
    dir.remove();
  });

  it('the desk lists the camera as unplaced before the edit', async () => {
    await desk
      .locator(`[data-testid="unplaced-devices"] [data-device-id="${NEW_DEVICE}"]`)
      .waitFor({ state: 'attached' });
    expect(await desk.locator(`.leaflet-marker-icon [data-device-id="${NEW_DEVICE}"]`).count()).toBe(0);
  });

  it('drags the camera onto the ground floor plan and saves a new version', async () => {
    const source = editor.locator(`[data-testid="editor-unplaced"] [data-device-id="${NEW_DEVICE}"]`);
    await source.waitFor();
    expect(await source.locator('select').inputValue()).toBe('intrusion-panel');
    await source.locator('select').selectOption('camera');
    const map = editor.locator('.site-editor__map');
    await editor.locator('.site-editor__map img.leaflet-image-layer').waitFor();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map on the editor');
    // Dragged by its name: the type list and button in the same row take their own clicks.
    await source
      .locator('.site-editor__device-id')
      .dragTo(map, { targetPosition: { x: box.width / 2, y: box.height / 2 } });
    await editor.locator(`[data-testid="editor-device"][data-device-id="${NEW_DEVICE}"]`).waitFor();

    await editor.locator('[data-testid="site-note"]').fill('yard camera placed');
    await editor.locator('[data-testid="site-save"]').click();
    await editor.locator('[data-testid="site-message"]', { hasText: 'Saved' }).waitFor();
    await editor.screenshot({ path: SCREENSHOT });

    const token = (await signIn(core.httpUrl, await addOperator(core.dbPath, 'guard'))).token;
    const newest = (await getJson<SiteVersion>(core.httpUrl, '/api/site/versions/2', token)).body;
    expect(newest.note).toBe('yard camera placed');
    const placed = newest.site.devices.find((device) => device.id === NEW_DEVICE);
    expect(placed).toMatchObject({ type: 'camera', floorId: 'g' });
    // Dropped in the middle of the map, which shows the whole 80 × 50 m floor: roughly its middle.
    console.log(`dropped at (${placed?.x}, ${placed?.y}) m on an 80 × 50 m floor`);
    expect(placed?.x).toBeGreaterThan(20);
    expect(placed?.x).toBeLessThan(60);
  });

  it('the desk, without a reload, shows the camera on the plan and no longer as unplaced', async () => {
    await desk.locator(`.leaflet-marker-icon [data-device-id="${NEW_DEVICE}"]`).waitFor({ state: 'attached' });
    expect(await desk.locator(`[data-testid="unplaced-devices"] [data-device-id="${NEW_DEVICE}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
