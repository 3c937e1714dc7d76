import { setTimeout as sleep } from 'node:timers/promises';
import mqtt from 'mqtt';
import { loadavg } from 'node:os';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { buildTopic } from '../../shared/contract/topic.js';
import { signInPage } from '../support/browser-sign-in.js';
import { addOperator, signIn } from '../support/operators.js';
import { connectSeat } from '../support/seat.js';
import { contractTraffic } from './contract-traffic.js';
import { startPageRig } from './page-rig.js';
import { watchAlarmsInPage, type SeenInPage } from './latency-page.js';
import { startPageProfile } from './page-profile.js';
import { processCpuSeconds, rendererCpuSeconds } from './process-cpu.js';
import { probeDoorId, writeLatencySite } from './latency-site.js';
import { startPacedTraffic } from './latency-traffic.js';
import { round, spread, type Spread } from './stats.js';

export const BACKGROUND_PER_S = 1_000;
/** Probes go out one at a time, this far apart plus up to PROBE_JITTER_MS, so they meet the 20 ms flush and the frames at every phase. */
const PROBE_GAP_MS = 80;
const PROBE_JITTER_MS = 37;
const WARM_UP_MS = 3_000;
const DRAIN_MS = 5_000;

export type LatencyResult = {
  probes: number;
  backgroundPerS: number;
  /** Background messages actually published per second over the probing. */
  backgroundAchievedPerS: number;
  /** Baseline: the same probes to a bare mqtt.js subscriber of the same broker. */
  toBareSubscriberMs: Spread;
  toSocketMs: Spread;
  /** To the first of: the queue row added, the marker redrawn red. */
  toScreenMs: Spread;
  /** To the page's WebSocket: what the renderer adds is the rest of toScreenMs. */
  toPageSocketMs: Spread;
  /** Per probe, from the page's WebSocket to the screen: the renderer's own share. */
  pageSocketToScreenMs: Spread;
  toRowMs: Spread;
  toMarkerMs: Spread;
  /** CPU milliseconds per second of probing used by the core's process and by the page's renderer. */
  cpuMsPerS: { core: number | null; page: number };
  /** Probes never seen there within DRAIN_MS of the last one. */
  missed: { socket: number; screen: number };
  loadAverage: number[];
};

const now = () => performance.timeOrigin + performance.now();

/**
 * Publish → seat and publish → screen while 1,000 contract events/s flow: door-forced probes on
 * doors of their own, each a new alarm, timestamped at publish on this machine's clock.
 */
export async function benchLatency(
  probes: number,
  log: (line: string) => void,
  backgroundPerS = BACKGROUND_PER_S,
): Promise<LatencyResult> {
  const rig = await startPageRig('latency', (siteDir) => writeLatencySite(siteDir, probes));
  const { mosquitto, site, core, browser } = rig;
  const published = new Map<string, number>();
  const atSocket = new Map<string, number>();
  const atBare = new Map<string, number>();
  const inPage: Record<SeenInPage, Map<string, number>> = { received: new Map(), row: new Map(), marker: new Map() };
  try {
    const guard = await addOperator(core.dbPath, 'guard', 'bench-seat');
    const seat = await connectSeat(core.httpUrl, { token: (await signIn(core.httpUrl, guard)).token, seat: 'bench' });
    seat.socket.on('deltas', (batch) => {
      const at = now();
      for (const delta of batch)
        if (delta.kind === 'alarm' && published.has(delta.alarm.deviceId) && !atSocket.has(delta.alarm.deviceId))
          atSocket.set(delta.alarm.deviceId, at);
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    const screenGuard = await addOperator(core.dbPath, 'guard', 'bench-screen');
    await watchAlarmsInPage(page, 'probe-door-', ({ deviceId, what, at }) => {
      if (!inPage[what].has(deviceId)) inPage[what].set(deviceId, at);
    });
    await signInPage(page, core.httpUrl, screenGuard, { seat: 'bench-screen' });
    await page.locator('.leaflet-marker-pane [data-device-id]').first().waitFor();

    // The floor on this machine, same run: the same probes to a bare mqtt.js subscriber.
    const bare = await mqtt.connectAsync(mosquitto.url, { clientId: 'bench-bare-probe', reconnectPeriod: 0 });
    await bare.subscribeAsync(`watchfloor/v1/${site.id}/+/access`, { qos: 1 });
    bare.on('message', (topic) => {
      const deviceId = topic.split('/')[3] ?? '';
      if (published.has(deviceId) && !atBare.has(deviceId)) atBare.set(deviceId, now());
    });
    const durationS = (WARM_UP_MS + probes * (PROBE_GAP_MS + PROBE_JITTER_MS) + DRAIN_MS) / 1000;
    const background = await startPacedTraffic(
      mosquitto.url,
      contractTraffic(loadSite(DEMO_SITE_DIR), Math.ceil(durationS * backgroundPerS * 1.2)),
      backgroundPerS,
    );
    const prober = await mqtt.connectAsync(mosquitto.url, { clientId: 'bench-probe', reconnectPeriod: 0 });
    await sleep(WARM_UP_MS);
    // Opt-in (WATCHFLOOR_BENCH_PAGE_PROFILE): what the page's main thread does while probes arrive.
    const pageProfile = await startPageProfile(page, 'latency-page');
    const sentAtStart = background.sent();
    const probingStarted = now();
    const cpuAtStart = { core: processCpuSeconds(core.pid), page: await rendererCpuSeconds(browser) };
    for (let n = 0; n < probes; n++) {
      const deviceId = probeDoorId(n);
      const topic = buildTopic({ siteId: site.id, deviceId, channel: 'access' });
      const payload = JSON.stringify({ id: `probe-${n}`, ts: Date.now(), event: 'door-forced' });
      published.set(deviceId, now());
      prober.publish(topic, payload, { qos: 1 });
      await sleep(PROBE_GAP_MS + Math.random() * PROBE_JITTER_MS);
    }
    const probingMs = now() - probingStarted;
    const backgroundAchievedPerS = ((background.sent() - sentAtStart) * 1000) / probingMs;
    const coreCpu = processCpuSeconds(core.pid);
    const cpuMsPerS = {
      core:
        coreCpu === null || cpuAtStart.core === null ? null : round(((coreCpu - cpuAtStart.core) * 1e6) / probingMs, 0),
      page: round((((await rendererCpuSeconds(browser)) - cpuAtStart.page) * 1e6) / probingMs, 0),
    };
    const deadline = Date.now() + DRAIN_MS;
    while (Date.now() < deadline && (atSocket.size < probes || inPage.marker.size < probes)) await sleep(50);
    for (const path of await pageProfile.stop()) log(`latency: page profile written to ${path}`);
    await background.stop();
    await prober.endAsync();
    await bare.endAsync();
    seat.close();

    const delays = (seen: ReadonlyMap<string, number>) =>
      [...published].flatMap(([id, at]) => {
        const when = seen.get(id);
        return when === undefined ? [] : [when - at];
      });
    const screen = new Map(
      [...published.keys()].flatMap((id) => {
        const times = [inPage.row.get(id), inPage.marker.get(id)].filter((t): t is number => t !== undefined);
        return times.length === 0 ? [] : [[id, Math.min(...times)] as const];
      }),
    );
    const result: LatencyResult = {
      probes,
      backgroundPerS,
      backgroundAchievedPerS: round(backgroundAchievedPerS, 0),
      toBareSubscriberMs: spread(delays(atBare)),
      toSocketMs: spread(delays(atSocket)),
      toScreenMs: spread(delays(screen)),
      toPageSocketMs: spread(delays(inPage.received)),
      pageSocketToScreenMs: spread(
        [...screen].flatMap(([id, at]) => {
          const received = inPage.received.get(id);
          return received === undefined ? [] : [at - received];
        }),
      ),
      toRowMs: spread(delays(inPage.row)),
      toMarkerMs: spread(delays(inPage.marker)),
      cpuMsPerS,
      missed: { socket: probes - atSocket.size, screen: probes - screen.size },
      loadAverage: loadavg().map((value) => round(value, 1)),
    };
    log(`latency: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await rig.close();
  }
}
