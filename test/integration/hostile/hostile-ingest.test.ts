import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUARANTINE_KEPT_BYTES } from '../../../shared/contract/quarantine-record.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { startMosquitto, type Mosquitto } from '../../support/mosquitto.js';
import { connectPublisher, type Publisher } from '../../support/mqtt-publisher.js';
import { getJson, operatorToken } from '../../support/operators.js';
import { waitFor } from '../../support/wait-for.js';
import { hostileTraffic, type Traffic } from './hostile-traffic.js';

/** Same seed, same traffic: a failure here can be replayed. */
const SEED = 70_07;
const GENERATED_HOSTILE = 2500;
const VALID = 500;
/** Messages in flight from the device side at once. */
const PUBLISH_WINDOW = 200;

type Health = {
  ok: boolean;
  broker: { connected: boolean };
  ingest: { received: number; stored: number; duplicates: number; quarantined: number; ignored: number };
  quarantineTotal: number;
};

const health = async (core: TestConsole): Promise<Health> =>
  (await (await fetch(new URL('/api/health', core.httpUrl))).json()) as Health;

const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort().join(',');

const brokers = [
  { name: 'the embedded broker (Aedes, MQTT 3.1.1)', mosquitto: false, protocolVersion: 4 },
  { name: 'Mosquitto (MQTT 5)', mosquitto: true, protocolVersion: 5 },
] as const;

describe.each(brokers)('hostile device traffic through $name', ({ mosquitto: useMosquitto, protocolVersion }) => {
  let mosquitto: Mosquitto | null = null;
  let core: TestConsole;
  let device: Publisher;
  let traffic: Traffic;
  const cleanPrototype = prototypeKeys();

  beforeAll(async () => {
    mosquitto = useMosquitto ? await startMosquitto() : null;
    core = await startTestConsole(
      mosquitto ? ['--broker', mosquitto.url, '--mqtt-version', String(protocolVersion)] : [],
    );
    await waitFor('the core to connect', async () => (await health(core)).broker.connected);
    device = await connectPublisher(mosquitto?.url ?? core.brokerUrl, { protocolVersion });
    traffic = hostileTraffic(SEED, GENERATED_HOSTILE, VALID);
  });

  afterAll(async () => {
    await device?.close();
    await core?.stop();
    await mosquitto?.stop();
  });

  it('quarantines every hostile message with a reason and stores every valid one', async () => {
    const before = await health(core);
    const started = performance.now();
    for (let index = 0; index < traffic.messages.length; index += PUBLISH_WINDOW) {
      await Promise.all(
        traffic.messages
          .slice(index, index + PUBLISH_WINDOW)
          .map((message) => device.raw(message.topic, Buffer.from(message.payload))),
      );
    }
    const total = traffic.messages.length;
    const after = await waitFor(
      `all ${total} messages to be counted`,
      async () => {
        const now = await health(core);
        return now.ingest.received - before.ingest.received >= total ? now : undefined;
      },
      60_000,
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `hostile ingest (${protocolVersion === 5 ? 'Mosquitto v5' : 'Aedes v3.1.1'}): ${total} messages ` +
        `(${traffic.hostile} hostile, ${traffic.validIds.length} valid) in ${seconds.toFixed(1)} s; ` +
        `by kind ${JSON.stringify(traffic.byLabel)}; counters before ${JSON.stringify(before.ingest)}, ` +
        `after ${JSON.stringify(after.ingest)}`,
    );

    expect(after.ok).toBe(true);
    expect(after.ingest.received - before.ingest.received).toBe(total);
    expect(after.ingest.quarantined - before.ingest.quarantined).toBe(traffic.hostile);
    expect(after.ingest.stored - before.ingest.stored).toBe(traffic.validIds.length);
    expect(after.ingest.duplicates - before.ingest.duplicates).toBe(0);
    expect(after.ingest.ignored - before.ingest.ignored).toBe(0);
    expect(after.quarantineTotal).toBe(after.ingest.quarantined);

    const db = new Database(core.dbPath, { readonly: true });
    try {
      const rows = db.prepare('SELECT length(payload) AS size, reason FROM quarantine').all() as {
        size: number;
        reason: string;
      }[];
      expect(rows).toHaveLength(traffic.hostile);
      expect(rows.filter((row) => row.reason.trim() === '')).toEqual([]);
      expect(Math.max(...rows.map((row) => row.size))).toBeLessThanOrEqual(QUARANTINE_KEPT_BYTES);
      expect(rows.filter((row) => row.reason.includes('exceeds')).length).toBeGreaterThanOrEqual(3);
      const stored = new Set(
        db.prepare("SELECT event_id FROM events WHERE event_id LIKE 'fuzz-valid-%'").pluck().all() as string[],
      );
      expect(traffic.validIds.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      db.close();
    }
    expect(prototypeKeys()).toBe(cleanPrototype);
  }, 120_000);

  it('still serves the whole log over the API, extension fields and all', async () => {
    const token = await operatorToken(core, 'guard');
    const { status, body } = await getJson<{ events: { id: string }[] }>(
      core.httpUrl,
      '/api/events?limit=10000',
      token,
    );
    expect(status).toBe(200);
    const ids = new Set(body.events.map((event) => event.id));
    expect(traffic.validIds.filter((id) => !ids.has(id))).toEqual([]);
  });
});
