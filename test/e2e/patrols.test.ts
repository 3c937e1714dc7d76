import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatrolPlan } from '../../shared/domain/patrol.js';
import { DEMO_SITE_DIR, PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { addOperator } from '../support/operators.js';
import { nextMinute } from '../support/next-minute.js';
import { tempDir } from '../support/temp-dir.js';

export const SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'patrol.png');

describe('a patrol tracked live on the desk, in Chromium', () => {
  const site = tempDir('patrol-e2e-site');
  const start = nextMinute();
  let core: TestConsole;
  let reader: Publisher;
  let browser: Browser;
  let page: Page;
  const ring = (tag: string, look: string) => page.locator(`.wf-checkpoint-id--${tag}.wf-checkpoint--${look}`);

  beforeAll(async () => {
    cpSync(DEMO_SITE_DIR, site.path, { recursive: true });
    const plan: PatrolPlan = {
      formatVersion: 1,
      checkpoints: [
        { id: 'tag-g-dock', name: 'Loading dock', floorId: 'g', x: 2.6, y: 12 },
        { id: 'tag-g-lobby', name: 'Lobby', floorId: 'g', x: 55.4, y: 30 },
      ],
      tours: [
        {
          id: 'e2e-tour',
          name: 'Ground floor round',
          schedule: [start.clock],
          inOrder: true,
          checkpoints: [
            { checkpoint: 'tag-g-dock', dueMin: 1, graceMin: 1 },
            { checkpoint: 'tag-g-lobby', dueMin: 1, graceMin: 0 },
          ],
        },
      ],
    };
    writeFileSync(join(site.path, 'patrols.json'), JSON.stringify(plan));
    core = await startTestConsole(['--site', site.path]);
    reader = await connectPublisher(core.brokerUrl);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'guard', 'j.okafor', 'J. Okafor'));
  });
  afterAll(async () => {
    await browser?.close();
    await reader?.close();
    await core?.stop();
    site.remove();
  });

  it('rings the due checkpoint, turns it green on a scan, and shows the skipped one missed with its alarm', async () => {
    await page.locator('.patrol-panel').waitFor();
    await ring('tag-g-dock', 'due').waitFor({ timeout: 75_000 });
    await reader.send('tag-g-dock', 'checkpoint', {
      id: 'e2e-scan-1',
      ts: new Date().toISOString(),
      checkpoint: 'tag-g-dock',
      guard: 'J. Okafor',
    });
    await ring('tag-g-dock', 'on-time').waitFor();
    await ring('tag-g-lobby', 'due').waitFor();
    expect(await page.locator('[data-testid="patrol-next"]').textContent()).toContain('Lobby');

    // Nobody scans the lobby: a minute after the start it is missed, on the map and in the queue.
    await ring('tag-g-lobby', 'missed').waitFor({ timeout: 75_000 });
    const row = page.locator('.alarm-queue [data-condition="checkpoint-missed"][data-device-id="tag-g-lobby"]');
    await row.waitFor();
    expect(await row.getAttribute('data-priority')).toBe('2');
    mkdirSync(join(PACKAGE_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  }, 180_000);
});
