import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../shared/contract/device-event.js';
import { DEFAULT_ALARM_POLICY } from '../../shared/domain/alarm-policy.js';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { createReplay } from '../../electron/core/review/replay.js';
import { replayReader, START } from '../../electron/core/review/replay-reader.js';
import { runReplay, storedLookups } from '../../electron/core/review/replay-run.js';
import { emptyWorld, replayEnv } from '../../electron/core/review/replay-world.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { openStore } from '../../electron/core/store/store.js';
import { tempDir } from '../support/temp-dir.js';

const T0 = Date.UTC(2025, 0, 1, 3);

describe('replay of stored events that no longer pass the device contract', () => {
  const dir = tempDir('review-replay-stored-events');
  const store = openStore(join(dir.path, 'watchfloor.db'));
  afterAll(() => {
    store.close();
    dir.remove();
  });

  it('applies the rest and reports each such row as a divergence', async () => {
    const site = loadSite(DEMO_SITE_DIR);
    const deviceId = site.devices[0]?.id ?? 'door-g-dock';
    const event = (eventId: string, receivedAt: number): DeviceEvent => ({
      siteId: site.id,
      deviceId,
      eventId,
      deviceTs: receivedAt,
      receivedAt,
      channel: 'status',
      payload: { id: eventId, ts: receivedAt, online: true },
    });
    store.inTransaction(() => {
      store.events.append(event('e-1', T0), '{"online":true}');
      // As if written under an older contract: status no longer takes a string.
      store.events.append(event('e-2', T0 + 1_000), '{"online":"yes"}');
      store.events.append(event('e-3', T0 + 2_000), '[]');
      store.events.append(event('e-4', T0 + 3_000), '{"online":true}');
    });

    const replayed = await createReplay(store.db, site, DEFAULT_ALARM_POLICY).replay(T0 + 10_000);

    expect(replayed.divergences).toBe(2);
    const device = replayed.picture.devices.find((state) => state.deviceId === deviceId);
    expect(device).toMatchObject({ online: true, lastSeenAt: T0 + 3_000 });

    const world = emptyWorld(-1);
    const reader = replayReader(store.db)(START, T0 + 10_000);
    const stats = runReplay(world, replayEnv(site, DEFAULT_ALARM_POLICY), reader, storedLookups(store.db));
    expect(stats.rows).toBe(4);
    expect(stats.notes).toEqual([
      'event 2 no longer passes the device contract',
      'event 3 no longer passes the device contract',
    ]);
  });
});
