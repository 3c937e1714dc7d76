import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Delivery } from '../../shared/contract/decode.js';
import { commitBatch } from '../../electron/core/ingest/ingest-pipeline.js';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { loadAlarmPolicy } from '../../electron/core/site/load-alarm-policy.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { Situation } from '../../electron/core/situation/situation.js';
import { openStore, type Store } from '../../electron/core/store/store.js';
import { tempDir } from '../support/temp-dir.js';
import { contractTraffic } from './contract-traffic.js';
import { round } from './stats.js';

export type CommitPathVariant = {
  name: string;
  /** Changes the store before the run: a pragma, a dropped index, a switched-off optimisation. */
  tune?: (store: Store) => void;
};

/**
 * Every run alternates these at each batch size: the shipped path, the path without an issue 8
 * change, and how much of the per-event floor is the event log's index upkeep (docs/performance.md).
 */
export const COMMIT_PATH_VARIANTS: readonly CommitPathVariant[] = [
  { name: 'as shipped' },
  {
    name: 'alarm rows written per event (before issue 8)',
    tune: (store) => {
      store.alarms.coalescing = (work) => work();
    },
  },
  {
    // Not a candidate: device, channel and time searches need these (see the dropped-index row in the docs).
    name: 'event log without its three search indexes (measurement only)',
    tune: (store) => dropSearchIndexes(store),
  },
];

/** The event log without its time, device and channel search indexes (its dedupe index stays): measurement only. */
export function dropSearchIndexes(store: Store): void {
  store.db.exec('DROP INDEX events_by_time; DROP INDEX events_by_device_time; DROP INDEX events_by_channel_time');
}

/** Wall time includes waiting for the disk and for other processes; CPU time is steadier on a busy machine. */
export type CommitPathResult = {
  variant: string;
  batch: number;
  events: number;
  wallMicrosPerEvent: number;
  cpuMicrosPerEvent: number;
};

/**
 * The core's commit path without a broker: decode, validate, dedupe, append, project, raise alarms,
 * one transaction per `batch` deliveries, on a fresh database file. Shows where ingest time goes,
 * and what one change is worth when variants run side by side.
 */
export function benchCommitPath(events: number, batch: number, variant: CommitPathVariant): CommitPathResult {
  const dir = tempDir('commit-path');
  try {
    const site = loadSite(DEMO_SITE_DIR);
    const store = openStore(join(dir.path, 'bench.db'));
    variant.tune?.(store);
    const situation = new Situation(store, site, loadAlarmPolicy(DEMO_SITE_DIR));
    const encoder = new TextEncoder();
    const deliveries: Delivery[] = contractTraffic(site, events).map((message) => ({
      topic: message.topic,
      payload: encoder.encode(message.payload),
      receivedAt: Date.now(),
      retained: false,
    }));
    const perEvent = timePerEvent(deliveries.length, batch, (from, to) =>
      commitBatch(store, situation, deliveries.slice(from, to)),
    );
    store.close();
    return { variant: variant.name, batch, events, ...perEvent };
  } finally {
    dir.remove();
  }
}

/** Wall and CPU time per event of `commit` run over `events` events, `batch` at a time. */
export function timePerEvent(
  events: number,
  batch: number,
  commit: (from: number, to: number) => void,
): Pick<CommitPathResult, 'wallMicrosPerEvent' | 'cpuMicrosPerEvent'> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let from = 0; from < events; from += batch) commit(from, from + batch);
  const wall = ((performance.now() - started) * 1000) / events;
  const used = process.cpuUsage(cpu);
  return { wallMicrosPerEvent: round(wall, 1), cpuMicrosPerEvent: round((used.user + used.system) / events, 1) };
}
