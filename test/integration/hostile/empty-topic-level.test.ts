import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { connectPublisher, type Publisher } from '../../support/mqtt-publisher.js';
import { waitFor } from '../../support/wait-for.js';

type Health = { broker: { connected: boolean; since: number }; ingest: { received: number; stored: number } };

const health = async (core: TestConsole): Promise<Health> =>
  (await (await fetch(new URL('/api/health', core.httpUrl))).json()) as Health;

describe('a topic with an empty level on the embedded broker', () => {
  let core: TestConsole;
  let device: Publisher;

  beforeAll(async () => {
    core = await startTestConsole();
    await waitFor('the core to connect', async () => (await health(core)).broker.connected);
    device = await connectPublisher(core.brokerUrl);
  });

  afterAll(async () => {
    await device?.close();
    await core?.stop();
  });

  it('is quarantined without knocking the console off the broker', async () => {
    const before = await health(core);
    const ts = Date.now();
    for (let index = 0; index < 20; index++) {
      await device.raw('watchfloor/v1//door-g-entrance/access', `{"id":"empty-${index}","ts":${ts},"event":"granted"}`);
      await device.send('door-g-entrance', 'access', { id: `after-empty-${index}`, ts, event: 'granted' });
    }
    const after = await waitFor('all 40 messages', async () => {
      const now = await health(core);
      return now.ingest.received - before.ingest.received >= 40 ? now : undefined;
    });
    expect(after.ingest.received - before.ingest.received).toBe(40);
    expect(after.ingest.stored - before.ingest.stored).toBe(20);
    // Aedes used to drop the console's session on each of these; the connection must be the same one.
    expect(after.broker).toEqual(before.broker);
    const db = new Database(core.dbPath, { readonly: true });
    try {
      const reasons = db.prepare('SELECT topic, reason FROM quarantine').all();
      expect(reasons).toHaveLength(20);
      expect(reasons).toContainEqual({
        topic: 'watchfloor/v1//door-g-entrance/access',
        reason: 'site id must match [A-Za-z0-9._-]{1,64}',
      });
    } finally {
      db.close();
    }
  });
});
