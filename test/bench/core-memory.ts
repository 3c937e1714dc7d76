import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { startMosquitto } from '../support/mosquitto.js';
import { contractTraffic } from './contract-traffic.js';
import { startCoreProcess } from './latency-core.js';
import { startPacedTraffic } from './latency-traffic.js';
import { round, spread, type Spread } from './stats.js';

/** How often the core process's resident set is read. */
const SAMPLE_MS = 500;

export type CoreMemoryResult = {
  /** The events database the desk started on (a large one: the history seed). */
  events: number;
  /** From spawning `node bin/watchfloor.js serve` until /api/health shows the broker connected. */
  processStartMs: Spread;
  perSecond: number;
  seconds: number;
  /** The core process's RSS (MiB) sampled through the sustained ingest. */
  rssMiB: Spread;
  /** The median RSS of each fifth of the run, in order: a plateau, or growth. */
  rssByFifthMiB: number[];
};

/** The resident set of a process on this machine, from /proc (Linux). */
function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) / 1024;
}

const medianOf = (values: readonly number[]) => spread(values).p50;

/**
 * The product as a desk runs it, on a large database: the compiled CLI started `starts` times
 * (Node, module loading, migrations, the integrity check and the snapshot all in the figure), then,
 * in the last start, the demo site's traffic at `perSecond` for `seconds`, the core process's own
 * RSS sampled throughout (not the bench's, which holds the publisher's messages).
 */
export async function benchCoreMemory(
  dbPath: string,
  events: number,
  { starts = 3, perSecond = 1_000, seconds = 120 } = {},
): Promise<CoreMemoryResult> {
  const mosquitto = await startMosquitto();
  const startTimes: number[] = [];
  const rss: number[] = [];
  try {
    for (let n = 0; n < starts; n++) {
      const started = performance.now();
      const core = await startCoreProcess({
        brokerUrl: mosquitto.url,
        dbPath,
        siteDir: DEMO_SITE_DIR,
        clientId: `bench-memory-${n}`,
        built: true,
      });
      startTimes.push(performance.now() - started);
      if (n < starts - 1) {
        await core.stop();
        continue;
      }
      try {
        const traffic = await startPacedTraffic(
          mosquitto.url,
          contractTraffic(loadSite(DEMO_SITE_DIR), perSecond * seconds),
          perSecond,
        );
        const until = performance.now() + seconds * 1000;
        while (performance.now() < until) {
          rss.push(residentMiB(core.pid));
          await sleep(SAMPLE_MS);
        }
        await traffic.stop();
      } finally {
        await core.stop();
      }
    }
  } finally {
    await mosquitto.stop();
  }
  const fifth = Math.max(1, Math.ceil(rss.length / 5));
  return {
    events,
    processStartMs: spread(startTimes),
    perSecond,
    seconds,
    rssMiB: spread(rss),
    rssByFifthMiB: [0, 1, 2, 3, 4].map((n) => round(medianOf(rss.slice(n * fifth, (n + 1) * fifth)), 1)),
  };
}
