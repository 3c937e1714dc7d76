import { setTimeout as sleep } from 'node:timers/promises';
import { loadavg } from 'node:os';
import { connectPublisher } from '../support/mqtt-publisher.js';
import { addOperator } from '../support/operators.js';
import { waitFor } from '../support/wait-for.js';
import { contractTraffic } from './contract-traffic.js';
import { startPageRig } from './page-rig.js';
import { startPacedTraffic } from './latency-traffic.js';
import { startPageProfile } from './page-profile.js';
import { meterRendererCpu } from './process-cpu.js';
import { evenPageFrames } from './screen-baseline.js';
import { recordFrames, stopRecordingFrames } from './screen-page.js';
import { writeScreenSite } from './screen-site.js';
import { percentile, round, spread, type Spread } from './stats.js';

export const SCREEN_DEVICES = 5_000;
export const SCREEN_OPEN_ALARMS = 1_000;
export const UPDATES_PER_S = 500;
const UPDATES_FOR_MS = 25_000;
/** A frame or task longer than this is one a guard can feel; the bound. */
export const LONG_MS = 50;

export type ScreenResult = {
  devices: number;
  openAlarms: number;
  /** How the markers were drawn: "N on a canvas" or "N DOM elements". */
  markers: string;
  /** From pressing Enter on the sign-in page to every marker and the full queue count drawn. */
  firstRenderMs: number;
  updatesPerS: number;
  updatesAchievedPerS: number;
  frameMs: Spread;
  framesOver50Ms: number;
  longTasks: LongTasks;
  /** The page's renderer process CPU per second of updates (main thread, compositor, raster). */
  pageCpuMsPerS: number;
  /** The same run's baseline (screen-baseline.ts): an even page doing that much work per second, same traffic. */
  evenPage: { sliceMs: number; cpuMsPerS: number; framesOver50Ms: number; frames: number; longTasks: LongTasks };
  loadAverage: number[];
};

type LongTasks = { count: number; worstMs: number; totalMs: number };

const longTasksOf = (durations: readonly number[]): LongTasks => ({
  count: durations.length,
  worstMs: round(Math.max(0, ...durations), 0),
  totalMs: round(
    durations.reduce((sum, ms) => sum + ms, 0),
    0,
  ),
});

/**
 * 5,000 devices on one floor and 1,000 open alarms served by a core in its own process: the
 * seat's first render, then its frames and long tasks while 500 device updates/s arrive over MQTT.
 */
export async function benchScreen(log: (line: string) => void): Promise<ScreenResult> {
  const rig = await startPageRig('screen', (siteDir) => writeScreenSite(siteDir, SCREEN_DEVICES));
  const { mosquitto, site, core, browser } = rig;
  try {
    const devices = await connectPublisher(mosquitto.url, { siteId: site.id });
    for (let n = 0; n < SCREEN_OPEN_ALARMS; n++)
      await devices.send(`dev-${n}`, 'alarm', { id: `open-${n}`, ts: Date.now(), kind: 'intrusion', state: 'active' });
    await devices.close();
    await waitFor(
      'the open alarms to be stored',
      async () => {
        const health = (await (await fetch(new URL('/api/health', core.httpUrl))).json()) as {
          ingest: { stored: number };
        };
        return health.ingest.stored >= SCREEN_OPEN_ALARMS;
      },
      120_000,
    );

    const guard = await addOperator(core.dbPath, 'guard', 'bench-screen');
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`${core.httpUrl}?seat=bench-screen`);
    await page.locator('[data-testid="username-input"]').fill(guard.username);
    await page.locator('[data-testid="password-input"]').fill(guard.password);
    const started = performance.now();
    await page.keyboard.press('Enter');
    // A function, not a string: the console's CSP forbids the eval a string predicate needs.
    await page.waitForFunction(
      ({ devices, alarms }) =>
        Math.max(
          document.querySelectorAll('.leaflet-marker-pane [data-device-id]').length,
          Number(document.querySelector<HTMLElement>('[data-canvas-markers]')?.dataset.canvasMarkers ?? 0),
        ) >= devices && Number(document.querySelector('[data-testid="queue-count"]')?.textContent ?? 0) >= alarms,
      { devices: SCREEN_DEVICES, alarms: SCREEN_OPEN_ALARMS },
      { polling: 'raf', timeout: 300_000 },
    );
    const firstRenderMs = performance.now() - started;
    const domMarkers = await page.locator('.leaflet-marker-pane [data-device-id]').count();
    const canvasMarkers = Number(
      (await page.locator('[data-canvas-markers]').getAttribute('data-canvas-markers')) ?? 0,
    );
    const markers = canvasMarkers > 0 ? `${canvasMarkers} on a canvas` : `${domMarkers} DOM elements`;
    log(`screen: first render ${Math.round(firstRenderMs)} ms, markers: ${markers}`);

    await recordFrames(page);
    // Opt-in (WATCHFLOOR_BENCH_PAGE_PROFILE): where the page's main thread goes while updates arrive.
    const pageProfile = await startPageProfile(page, 'screen-page', { trace: true });
    // Enough for the console's window and then the baseline's, at the same pace.
    const traffic = await startPacedTraffic(
      mosquitto.url,
      contractTraffic(site, Math.ceil(((2 * UPDATES_FOR_MS) / 1000) * UPDATES_PER_S)),
      UPDATES_PER_S,
    );
    const trafficStarted = performance.now();
    const pageCpu = await meterRendererCpu(browser);
    await sleep(UPDATES_FOR_MS);
    const pageCpuMsPerS = await pageCpu();
    const updatesAchievedPerS = (traffic.sent() * 1000) / (performance.now() - trafficStarted);
    const { frames, longTasks } = await stopRecordingFrames(page);
    for (const path of await pageProfile.stop()) log(`screen: page profile written to ${path}`);
    await page.close();
    const even = await evenPageFrames(browser, pageCpuMsPerS, UPDATES_FOR_MS);
    await traffic.stop();
    const evenLongTasks = longTasksOf(even.longTasks);
    log(
      `screen: baseline page, ${round(even.sliceMs, 1)} ms of work per frame (${round(even.usedCpuMsPerS, 0)} ms/s used): ` +
        `${evenLongTasks.count} long tasks, worst ${evenLongTasks.worstMs} ms`,
    );
    const result: ScreenResult = {
      devices: SCREEN_DEVICES,
      openAlarms: SCREEN_OPEN_ALARMS,
      markers,
      firstRenderMs: round(firstRenderMs, 0),
      updatesPerS: UPDATES_PER_S,
      updatesAchievedPerS: round(updatesAchievedPerS, 0),
      frameMs: { ...spread(frames), p99: round(percentile(frames, 99), 1) },
      framesOver50Ms: frames.filter((ms) => ms > LONG_MS).length,
      longTasks: longTasksOf(longTasks),
      pageCpuMsPerS: round(pageCpuMsPerS, 0),
      evenPage: {
        sliceMs: round(even.sliceMs, 1),
        cpuMsPerS: round(even.usedCpuMsPerS, 0),
        framesOver50Ms: even.frames.filter((ms) => ms > LONG_MS).length,
        frames: even.frames.length,
        longTasks: evenLongTasks,
      },
      loadAverage: loadavg().map((value) => round(value, 1)),
    };
    log(`screen: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await rig.close();
  }
}
