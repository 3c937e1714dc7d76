import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveDelta } from '../../shared/live/delta.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/live/events.js';
import type { Snapshot } from '../../shared/live/snapshot.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { operatorToken } from '../support/operators.js';
import { waitFor } from '../support/wait-for.js';

const SEATS = 8;
const TRAFFIC_MS = 8_000;
const EVENTS_PER_SECOND = 1_000;
const DEVICES = ['pir-g-lobby', 'pir-g-stores', 'door-g-entrance', 'door-g-dock', 'cam-g-reception', 'cam-g-dock'];

/**
 * What a seat holds: devices and alarms by id, and the last sequence applied. Gaps and
 * duplicates are counted, never silently absorbed: a correct core produces neither.
 */
class SeatModel {
  devices = new Map<string, string>();
  alarms = new Map<number, string>();
  epoch: string | null = null;
  seq: number | null = null;
  gaps = 0;
  duplicates = 0;
  snapshots = 0;
  reconnects = 0;

  snapshot(snapshot: Snapshot): void {
    this.snapshots += 1;
    this.epoch = snapshot.epoch;
    this.seq = snapshot.seq;
    this.devices = new Map(snapshot.devices.map((device) => [device.deviceId, JSON.stringify(device)]));
    this.alarms = new Map(snapshot.alarms.map((alarm) => [alarm.id, JSON.stringify(alarm)]));
  }

  deltas(batch: LiveDelta[]): void {
    for (const delta of batch) {
      if (this.seq === null) continue;
      if (delta.seq <= this.seq) this.duplicates += 1;
      else if (delta.seq !== this.seq + 1) this.gaps += 1;
      if (delta.seq <= this.seq) continue;
      this.seq = delta.seq;
      if (delta.kind === 'device') this.devices.set(delta.device.deviceId, JSON.stringify(delta.device));
      if (delta.kind === 'alarm') this.alarms.set(delta.alarm.id, JSON.stringify(delta.alarm));
    }
  }
}

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('seats dropping and reconnecting under load resync without gaps or duplicates', () => {
  let core: TestConsole;
  let device: Publisher;
  let token: string;

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    token = await operatorToken(core, 'guard');
  });
  afterAll(async () => {
    await device?.close();
    await core?.stop();
  });

  it(
    `${SEATS} seats, each dropping every 0.3-1 s, while up to ${EVENTS_PER_SECOND} events/s are published`,
    { timeout: 90_000 },
    async () => {
      const models = Array.from({ length: SEATS }, () => new SeatModel());
      const sockets: Client[] = models.map((model, index) => {
        const socket: Client = io(core.httpUrl, {
          transports: ['websocket'],
          reconnection: false,
          // Read at every connect: a reconnecting seat names where it got to.
          auth: (send) =>
            send({
              token,
              seat: `desk-${index}`,
              ...(model.epoch !== null && model.seq !== null ? { epoch: model.epoch, lastSeq: model.seq } : {}),
            }),
        });
        socket.on('snapshot', (snapshot) => model.snapshot(snapshot));
        socket.on('deltas', (batch) => model.deltas(batch));
        return socket;
      });
      await waitFor('every seat to connect', () => sockets.every((socket) => socket.connected));

      let running = true;
      const churn = sockets.map(async (socket, index) => {
        const model = models[index] ?? new SeatModel();
        while (running) {
          await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
          socket.disconnect();
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
          model.reconnects += 1;
          socket.connect();
        }
      });

      let sent = 0;
      const started = Date.now();
      while (Date.now() - started < TRAFFIC_MS) {
        const due = Math.floor(((Date.now() - started) / 1000) * EVENTS_PER_SECOND);
        const burst: Promise<void>[] = [];
        for (; sent < due; sent += 1) {
          const id = DEVICES[sent % DEVICES.length] ?? 'pir-g-lobby';
          const payload = id.startsWith('pir')
            ? { id: `load-${sent}`, ts: Date.now(), kind: 'motion', state: sent % 12 < 6 ? 'active' : 'normal' }
            : id.startsWith('door')
              ? { id: `load-${sent}`, ts: Date.now(), event: sent % 10 === 0 ? 'door-forced' : 'door-closed' }
              : { id: `load-${sent}`, ts: Date.now(), status: sent % 8 === 0 ? 'video-loss' : 'ok' };
          burst.push(
            device.send(id, id.startsWith('pir') ? 'alarm' : id.startsWith('door') ? 'access' : 'camera', payload),
          );
        }
        await Promise.all(burst);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      running = false;
      await Promise.all(churn);
      for (const socket of sockets) if (!socket.connected) socket.connect();
      await waitFor('every seat to be back', () => sockets.every((socket) => socket.connected));

      // When the core has stored everything, a fresh seat's snapshot is the truth to compare with.
      await waitFor(
        'the traffic to be stored',
        async () => {
          const health = (await (await fetch(new URL('/api/health', core.httpUrl))).json()) as {
            ingest: { stored: number };
          };
          return health.ingest.stored >= sent;
        },
        30_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const truth = new SeatModel();
      const fresh: Client = io(core.httpUrl, { transports: ['websocket'], reconnection: false, auth: { token } });
      fresh.on('snapshot', (snapshot) => truth.snapshot(snapshot));
      await waitFor('a fresh snapshot', () => truth.seq !== null);
      await waitFor(
        'every seat to reach the same sequence',
        () => models.every((model) => model.seq === truth.seq),
        10_000,
      );
      fresh.close();
      for (const socket of sockets) socket.close();

      const summary = models.map((m) => ({
        reconnects: m.reconnects,
        snapshots: m.snapshots,
        gaps: m.gaps,
        duplicates: m.duplicates,
      }));
      process.stdout.write(
        `seat resync: ${sent} events in ${TRAFFIC_MS / 1000} s (${Math.round(sent / (TRAFFIC_MS / 1000))}/s achieved), final seq ${truth.seq}, ${JSON.stringify(summary)}\n`,
      );
      for (const model of models) {
        expect(model.gaps).toBe(0);
        expect(model.duplicates).toBe(0);
        expect(model.reconnects).toBeGreaterThan(3);
        expect(model.devices).toEqual(truth.devices);
        expect(model.alarms).toEqual(truth.alarms);
      }
    },
  );
});
