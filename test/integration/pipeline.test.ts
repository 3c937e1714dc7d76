import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { startMosquitto, type Mosquitto } from '../support/mosquitto.js';
import { bearer, operatorToken } from '../support/operators.js';
import { connectSeat, type Seat } from '../support/seat.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { waitFor } from '../support/wait-for.js';

type Health = {
  ok: boolean;
  broker: { connected: boolean };
  ingest: { received: number; stored: number; duplicates: number; quarantined: number };
};

/** A guard's session on the console under test, for the API and the seats. */
let token = '';

const getJson = async <T>(base: string, path: string): Promise<T> => {
  const response = await fetch(new URL(path, base), { headers: bearer(token) });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
};

const brokers = [
  { name: 'the embedded broker (MQTT 3.1.1)', mosquitto: false, protocolVersion: 4, websocket: false },
  { name: 'Mosquitto (MQTT 3.1.1)', mosquitto: true, protocolVersion: 4, websocket: false },
  { name: 'Mosquitto (MQTT 5)', mosquitto: true, protocolVersion: 5, websocket: false },
  { name: 'Mosquitto over WebSocket (ws://)', mosquitto: true, protocolVersion: 4, websocket: true },
] as const;

describe.each(brokers)(
  'device → log → API and seats, through $name',
  ({ mosquitto: useMosquitto, protocolVersion, websocket }) => {
    let mosquitto: Mosquitto | null = null;
    let core: TestConsole;
    let device: Publisher;
    let seat: Seat;

    beforeAll(async () => {
      mosquitto = useMosquitto ? await startMosquitto() : null;
      core = await startTestConsole(
        mosquitto
          ? ['--broker', websocket ? mosquitto.wsUrl : mosquitto.url, '--mqtt-version', String(protocolVersion)]
          : [],
      );
      token = await operatorToken(core, 'guard');
      await waitFor(
        'the core to connect to the broker',
        async () => (await getJson<Health>(core.httpUrl, '/api/health')).broker.connected,
      );
      // Devices publish over plain MQTT; the console alone uses the transport under test.
      device = await connectPublisher(mosquitto?.url ?? core.brokerUrl, { protocolVersion });
      seat = await connectSeat(core.httpUrl, { token });
    });

    afterAll(async () => {
      seat?.close();
      await device?.close();
      await core?.stop();
      await mosquitto?.stop();
    });

    it('greets a seat with a snapshot of the site', () => {
      expect(seat.snapshots).toHaveLength(1);
      expect(seat.snapshots[0]?.site?.id).toBe('demo');
      expect(seat.snapshots[0]?.epoch).toMatch(/\w{8}-/);
    });

    it('stores a door-forced event, raises an alarm, and pushes both to the seat', async () => {
      const ts = new Date().toISOString();
      await device.send('door-g-entrance', 'access', { id: 'forced-1', ts, event: 'door-forced' });

      const alarm = await seat.delta('alarm', (delta) => delta.alarm.deviceId === 'door-g-entrance');
      expect(alarm.alarm).toMatchObject({
        condition: 'door-forced',
        priority: 2,
        state: 'unacknowledged-active',
        count: 1,
      });
      const device_ = await seat.delta('device', (delta) => delta.device.deviceId === 'door-g-entrance');
      expect(device_.device.door?.state).toBe('forced');

      const { events } = await getJson<{
        events: { id: string; deviceId: string; channel: string; payload: unknown; receivedAt: number }[];
      }>(core.httpUrl, '/api/events?device=door-g-entrance&channel=access');
      expect(events).toEqual([
        expect.objectContaining({
          id: 'forced-1',
          deviceId: 'door-g-entrance',
          channel: 'access',
          payload: { id: 'forced-1', ts, event: 'door-forced' },
        }),
      ]);
      const { alarms } = await getJson<{ alarms: { condition: string }[] }>(
        core.httpUrl,
        '/api/alarms?state=open&device=door-g-entrance',
      );
      expect(alarms.map((a) => a.condition)).toEqual(['door-forced']);
    });

    it('ignores a redelivered event, quarantines a malformed one with its bytes, and counts both', async () => {
      const before = await getJson<Health>(core.httpUrl, '/api/health');
      await device.send('door-g-entrance', 'access', { id: 'forced-1', ts: Date.now(), event: 'door-forced' });
      await device.raw('watchfloor/v1/demo/door-g-entrance/access', '{"id":"bad-1","event":"door-kicked"}');
      await device.send('unknown-sensor-77', 'alarm', {
        id: 'u-1',
        ts: Date.now(),
        kind: 'glass-break',
        state: 'active',
      });

      const after = await waitFor('the three messages to be counted', async () => {
        const health = await getJson<Health>(core.httpUrl, '/api/health');
        return health.ingest.received - before.ingest.received >= 3 ? health : undefined;
      });
      expect(after.ingest.duplicates - before.ingest.duplicates).toBe(1);
      expect(after.ingest.quarantined - before.ingest.quarantined).toBe(1);
      expect(after.ingest.stored - before.ingest.stored).toBe(1);

      const db = new Database(core.dbPath, { readonly: true });
      try {
        const quarantined = db.prepare('SELECT topic, payload, reason FROM quarantine').all() as {
          topic: string;
          payload: Buffer;
          reason: string;
        }[];
        expect(quarantined).toHaveLength(1);
        expect(quarantined[0]?.payload.toString()).toBe('{"id":"bad-1","event":"door-kicked"}');
        expect(quarantined[0]?.reason).toMatch(/invalid access payload: (ts|event)/);
        expect(db.prepare("SELECT count(*) FROM events WHERE event_id = 'forced-1'").pluck().get()).toBe(1);
      } finally {
        db.close();
      }
      // An unknown device is accepted and shown (unplaced) rather than dropped.
      const unknown = await seat.delta('device', (delta) => delta.device.deviceId === 'unknown-sensor-77');
      expect(unknown.device.activeInputs).toEqual(['glass-break']);
    });

    it('brings a reconnecting seat up to date with only the deltas it missed', async () => {
      const last = seat.deltas.at(-1);
      const epoch = seat.snapshots[0]?.epoch;
      seat.close();
      await device.send('cam-g-reception', 'camera', { id: 'cam-vl-1', ts: Date.now(), status: 'video-loss' });
      await waitFor('the camera alarm to be stored', async () => {
        const { alarms } = await getJson<{ alarms: unknown[] }>(core.httpUrl, '/api/alarms?device=cam-g-reception');
        return alarms.length > 0;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));

      seat = await connectSeat(core.httpUrl, { token, epoch, lastSeq: last?.seq });
      const missed = await seat.delta('alarm', (delta) => delta.alarm.condition === 'camera-video-loss');
      expect(seat.snapshots).toHaveLength(0);
      const seqs = seat.deltas.map((delta) => delta.seq);
      expect(seqs[0]).toBe((last?.seq ?? 0) + 1);
      expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
      expect(missed.alarm.deviceId).toBe('cam-g-reception');
    });
  },
);
