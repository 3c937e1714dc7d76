import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { startMosquitto, type Mosquitto } from '../support/mosquitto.js';
import { connectPublisher } from '../support/mqtt-publisher.js';
import { operatorToken } from '../support/operators.js';
import { connectSeat } from '../support/seat.js';
import { waitFor } from '../support/wait-for.js';

const storedCount = (dbPath: string, prefix: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM events WHERE event_id LIKE ?').pluck().get(`${prefix}%`) as number;
  } finally {
    db.close();
  }
};

describe('durability: the broker is acknowledged only after the commit', () => {
  let mosquitto: Mosquitto;
  let core: TestConsole | null = null;

  beforeAll(async () => {
    mosquitto = await startMosquitto();
  });
  afterAll(async () => {
    await core?.stop();
    await mosquitto.stop();
  });

  it(
    'loses nothing when commits fail: the broker redelivers and each event is stored once',
    { timeout: 60_000 },
    async () => {
      core = await startTestConsole(['--broker', mosquitto.url]);
      const { dbPath } = core;
      const device = await connectPublisher(mosquitto.url);
      await device.send('pir-warmup', 'alarm', { id: 'warm-1', ts: Date.now(), kind: 'motion', state: 'normal' });
      await waitFor('the core to be subscribed', () => storedCount(dbPath, 'warm-') === 1);

      // Another writer holds the database: every commit the core tries now fails (SQLITE_BUSY).
      const blocker = new Database(dbPath);
      blocker.pragma('busy_timeout = 0');
      blocker.exec('BEGIN IMMEDIATE');
      const sent = 40;
      for (let n = 0; n < sent; n++)
        await device.send(`pir-${n % 4}`, 'alarm', {
          id: `held-${n}`,
          ts: Date.now(),
          kind: 'motion',
          state: n % 2 ? 'normal' : 'active',
        });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(storedCount(dbPath, 'held-')).toBe(0);
      blocker.exec('ROLLBACK');
      blocker.close();

      await waitFor(
        'every held message to be redelivered and stored',
        () => storedCount(dbPath, 'held-') === sent,
        40_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(storedCount(dbPath, 'held-')).toBe(sent);
      await device.close();
      // One core per client id at a time: the next test's core takes over this session.
      await core.stop();
      core = null;
    },
  );

  it('comes back after a restart with the same open alarms and device states', async () => {
    const first = await startTestConsole(['--broker', mosquitto.url]);
    const { dbPath } = first;
    const device = await connectPublisher(mosquitto.url);
    await device.send('door-g-dock', 'access', { id: 'restart-forced', ts: Date.now(), event: 'door-forced' });
    await waitFor('the forced door to be stored', () => storedCount(dbPath, 'restart-') === 1);
    await first.stop();

    // While the core is down the broker keeps what is published for its persistent session.
    await device.send('cam-g-dock', 'camera', { id: 'restart-vl', ts: Date.now(), status: 'video-loss' });
    await device.close();

    core = await startTestConsole(['--broker', mosquitto.url], dbPath);
    const seat = await connectSeat(core.httpUrl, { token: await operatorToken(core, 'guard') });
    try {
      const snapshot = await waitFor('the snapshot', () => seat.snapshots[0]);
      expect(snapshot.alarms.map((a) => [a.deviceId, a.condition])).toContainEqual(['door-g-dock', 'door-forced']);
      expect(snapshot.devices.find((d) => d.deviceId === 'door-g-dock')?.door?.state).toBe('forced');
      // Published while the core was down: it arrives either before the seat connected (in the
      // snapshot) or after (as a delta), never not at all.
      const queued = await waitFor('the queued camera alarm', () =>
        [...snapshot.alarms, ...seat.deltas.flatMap((delta) => (delta.kind === 'alarm' ? [delta.alarm] : []))].find(
          (alarm) => alarm.deviceId === 'cam-g-dock',
        ),
      );
      expect(queued.condition).toBe('camera-video-loss');
    } finally {
      seat.close();
    }
  });
});
