import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Site } from '../../shared/domain/site.js';
import { launchChromium } from '../support/browser.js';
import { startMosquitto, type Mosquitto } from '../support/mosquitto.js';
import { tempDir } from '../support/temp-dir.js';
import { startCoreProcess, type CoreProcess } from './latency-core.js';

export type PageRig = { mosquitto: Mosquitto; site: Site; core: CoreProcess; browser: Browser; close(): Promise<void> };

/**
 * What the page benches (latency, screen) stand on: a private Mosquitto, a site written by
 * `writeSite` into a temp folder, `watchfloor serve` in its own process on it, and Chromium.
 * `close` takes it all down again, newest first.
 */
export async function startPageRig(name: string, writeSite: (dir: string) => Site): Promise<PageRig> {
  const dir = tempDir(`bench-${name}`);
  const mosquitto = await startMosquitto();
  const siteDir = join(dir.path, 'site');
  const site = writeSite(siteDir);
  const core = await startCoreProcess({
    brokerUrl: mosquitto.url,
    dbPath: join(dir.path, `${name}.db`),
    siteDir,
    clientId: `bench-${name}`,
  });
  const browser = await launchChromium();
  return {
    mosquitto,
    site,
    core,
    browser,
    async close() {
      await browser.close();
      await core.stop();
      await mosquitto.stop();
      dir.remove();
    },
  };
}
