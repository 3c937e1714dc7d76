import { join } from 'node:path';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { openStore } from '../../electron/core/store/store.js';
import { decodeDelivery } from '../../shared/contract/decode.js';
import type { DeviceEvent } from '../../shared/contract/device-event.js';
import { tempDir } from '../support/temp-dir.js';
import { dropSearchIndexes, timePerEvent, type CommitPathResult } from './commit-path.js';
import { contractTraffic } from './contract-traffic.js';

export const LOG_INSERT_ALONE = 'the event log insert alone (measurement only)';
export const LOG_INSERT_UNINDEXED = 'the event log insert alone, without its search indexes (measurement only)';

/**
 * What SQLite alone costs per event in the core's log: events decoded beforehand, then only the
 * inserts and commits of the shipped `events` table (its dedupe and search indexes), `batch` per
 * transaction, on a fresh file. Part of the least any durable, searchable subscriber must spend per
 * message, whatever its own code does (docs/performance.md, "the CPU ceiling").
 */
export function benchLogInsert(events: number, batch: number, searchIndexes: boolean): CommitPathResult {
  const dir = tempDir('log-insert');
  try {
    const store = openStore(join(dir.path, 'bench.db'));
    if (!searchIndexes) dropSearchIndexes(store);
    const encoder = new TextEncoder();
    const decoded: { event: DeviceEvent; text: string }[] = [];
    for (const message of contractTraffic(loadSite(DEMO_SITE_DIR), events)) {
      const payload = encoder.encode(message.payload);
      const result = decodeDelivery({ topic: message.topic, payload, receivedAt: Date.now(), retained: false });
      if (result.ok === true) decoded.push(result);
    }
    const perEvent = timePerEvent(decoded.length, batch, (from, to) =>
      store.inTransaction(() => {
        for (const { event, text } of decoded.slice(from, to)) store.events.append(event, text);
      }),
    );
    store.close();
    return {
      variant: searchIndexes ? LOG_INSERT_ALONE : LOG_INSERT_UNINDEXED,
      batch,
      events: decoded.length,
      ...perEvent,
    };
  } finally {
    dir.remove();
  }
}
