import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../../../../shared/contract/device-event.js';
import { ALARM_KINDS } from '../../../../../shared/contract/payloads.js';
import { DEFAULT_ALARM_POLICY } from '../../../../../shared/domain/alarm-policy.js';
import { DISPOSITIONS, type Alarm } from '../../../../../shared/domain/alarm.js';
import type { SeatCommand } from '../../../../../shared/live/commands.js';
import { verifyChain } from '../../../../../electron/core/audit/verify-chain.js';
import { DEMO_SITE_DIR } from '../../../../../electron/core/package-root.js';
import { clockTick } from '../../../../../electron/core/situation/clock-tick.js';
import { handleSeatCommand } from '../../../../../electron/core/situation/seat-commands.js';
import { Situation } from '../../../../../electron/core/situation/situation.js';
import { loadSite } from '../../../../../electron/core/site/load-site.js';
import { chainRows } from '../../../../../electron/core/store/action-log.js';
import { openStore } from '../../../../../electron/core/store/store.js';
import { tempDir } from '../../../../support/temp-dir.js';

const site = loadSite(DEMO_SITE_DIR);
const DEVICES = ['door-g-dock', 'door-g-entrance', 'cam-g-dock', 'pir-1-corridor'];
const OPERATORS = [
  { operator: 'A. Osei', seat: 'desk-1' },
  { operator: 'B. Li', seat: 'desk-2' },
];
const dir = tempDir('property');
afterAll(() => dir.remove());

type Step =
  | { kind: 'event'; device: number; what: number; active: boolean; dt: number }
  | {
      kind: 'command';
      pick: number;
      action: number;
      operator: number;
      stale: boolean;
      disposition: number;
      note: boolean;
    }
  | { kind: 'tick'; dt: number }
  /** A guard working an alarm the normal way: the next sensible action for its state. */
  | { kind: 'handle'; pick: number; operator: number; disposition: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('event' as const),
    device: fc.nat(3),
    what: fc.nat(12),
    active: fc.boolean(),
    dt: fc.integer({ min: 0, max: 90_000 }),
  }),
  // Guards mostly work alarms the normal way; the random commands below probe everything else.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('handle' as const),
      pick: fc.nat(50),
      operator: fc.constant(0),
      disposition: fc.nat(DISPOSITIONS.length - 1),
    }),
  },
  fc.record({
    kind: fc.constant('command' as const),
    pick: fc.nat(50),
    action: fc.nat(9),
    operator: fc.nat(1),
    stale: fc.boolean(),
    disposition: fc.nat(DISPOSITIONS.length - 1),
    note: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('tick' as const), dt: fc.integer({ min: 0, max: 4 * 3_600_000 }) }),
  fc.record({
    kind: fc.constant('handle' as const),
    pick: fc.nat(50),
    operator: fc.nat(1),
    disposition: fc.nat(DISPOSITIONS.length - 1),
  }),
);

let idCounter = 0;
function eventFor(s: Extract<Step, { kind: 'event' }>, at: number): DeviceEvent {
  const deviceId = DEVICES[s.device] ?? 'door-g-dock';
  const base = { siteId: site.id, deviceId, eventId: `p-${++idCounter}`, deviceTs: at, receivedAt: at };
  if (s.what < 5) {
    const event =
      (['door-forced', 'door-held-open', 'door-closed', 'duress', 'door-fault'] as const)[s.what] ?? 'door-closed';
    return { ...base, channel: 'access', payload: { id: base.eventId, ts: at, event } };
  }
  if (s.what < 7)
    return {
      ...base,
      channel: 'camera',
      payload: { id: base.eventId, ts: at, status: s.active ? 'video-loss' : 'ok' },
    };
  if (s.what < 8) return { ...base, channel: 'status', payload: { online: !s.active } };
  const kind = ALARM_KINDS[s.what - 8] ?? 'motion';
  return {
    ...base,
    channel: 'alarm',
    payload: { id: base.eventId, ts: at, kind, state: s.active ? 'active' : 'normal' },
  };
}

function commandFor(s: Extract<Step, { kind: 'command' }>, open: Alarm[]): SeatCommand | null {
  const alarm = open[s.pick % Math.max(1, open.length)];
  if (!alarm) return null;
  const version = s.stale ? alarm.version - 1 : alarm.version;
  const alarmId = alarm.id;
  const note = s.note ? 'checked on camera' : undefined;
  const disposition = DISPOSITIONS[s.disposition] ?? 'unknown';
  const commands: SeatCommand[] = [
    { action: 'acknowledge', alarmId, version },
    { action: 'claim', alarmId, version, takeOver: s.stale },
    { action: 'note', alarmId, text: 'note' },
    { action: 'checklist', alarmId, version, step: 0, done: true },
    { action: 'dispatch', alarmId, version, to: 'patrol' },
    { action: 'shelve', alarmId, version, reason: 'maintenance', minutes: 30 },
    { action: 'unshelve', alarmId, version },
    { action: 'reset', alarmId, version },
    { action: 'resolve', alarmId, version, disposition, ...(note ? { note } : {}) },
    { action: 'out-of-service', deviceId: alarm.deviceId, reason: 'repair', hours: 1 },
  ];
  return commands[s.action] ?? null;
}

/** The device report that ends an alarm's condition (the door closes, the camera recovers…). */
function returnEventFor(alarm: Alarm, at: number): DeviceEvent {
  const base = {
    siteId: alarm.siteId,
    deviceId: alarm.deviceId,
    eventId: `r-${++idCounter}`,
    deviceTs: at,
    receivedAt: at,
  };
  if (alarm.condition.startsWith('camera-'))
    return { ...base, channel: 'camera', payload: { id: base.eventId, ts: at, status: 'ok' } };
  if (alarm.condition === 'device-offline') return { ...base, channel: 'status', payload: { online: true } };
  const kind = ALARM_KINDS.find((k) => k === alarm.condition);
  if (kind) return { ...base, channel: 'alarm', payload: { id: base.eventId, ts: at, kind, state: 'normal' } };
  return { ...base, channel: 'access', payload: { id: base.eventId, ts: at, event: 'door-closed' } };
}

type Handling = { command: SeatCommand } | { event: DeviceEvent } | null;

function nextSensibleStep(s: Extract<Step, { kind: 'handle' }>, open: Alarm[], at: number): Handling {
  const alarm = open[s.pick % Math.max(1, open.length)];
  if (!alarm) return null;
  const { id: alarmId, version } = alarm;
  if (alarm.state.startsWith('unacknowledged')) return { command: { action: 'acknowledge', alarmId, version } };
  if (alarm.state === 'acknowledged-active') return { event: returnEventFor(alarm, at) };
  if (alarm.latched && alarm.resetAt === null) return { command: { action: 'reset', alarmId, version } };
  const disposition = DISPOSITIONS[s.disposition] ?? 'unknown';
  return { command: { action: 'resolve', alarmId, version, disposition, note: 'handled' } };
}

describe('the situation over random events, guard actions and time (property)', () => {
  it('loses no alarm, keeps one open alarm per condition, resolves only with a disposition, and keeps the log chained', () => {
    let run = 0;
    let resolvedSeen = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 150 }), (steps) => {
        const store = openStore(join(dir.path, `run-${++run}.db`));
        try {
          const situation = new Situation(store, site, DEFAULT_ALARM_POLICY);
          let now = Date.UTC(2026, 10, 21, 2, 0, 0);
          let raised = 0;
          for (const s of steps) {
            const ingest = (event: DeviceEvent) => {
              if (store.events.append(event, JSON.stringify(event.payload))) {
                raised += situation.record(event).filter((c) => c.kind === 'alarm' && c.alarm.version === 1).length;
              }
            };
            store.inTransaction(() => {
              if (s.kind === 'event') {
                now += s.dt;
                ingest(eventFor(s, now));
              } else if (s.kind === 'handle') {
                const next = nextSensibleStep(s, situation.alarms(), now);
                const actor = OPERATORS[s.operator] ?? OPERATORS[0];
                if (next && 'event' in next) ingest(next.event);
                else if (next && actor) handleSeatCommand(situation, next.command, actor, now);
              } else if (s.kind === 'command') {
                const command = commandFor(s, situation.alarms());
                const actor = OPERATORS[s.operator] ?? OPERATORS[0];
                if (command && actor) handleSeatCommand(situation, command, actor, now);
              } else {
                now += s.dt;
                clockTick(situation, now);
              }
              situation.saveChangedDevices();
            });
          }
          const all = store.alarms.query({ limit: 100_000 });
          resolvedSeen += all.filter((a) => a.state === 'resolved').length;
          // No alarm lost: every raise is stored, and memory agrees with the database.
          expect(all).toHaveLength(raised);
          const openInDb = all.filter((a) => a.state !== 'resolved').sort((a, b) => a.id - b.id);
          expect(situation.alarms().sort((a, b) => a.id - b.id)).toEqual(openInDb);
          // One open alarm per (device, condition).
          const keys = openInDb.map((a) => `${a.deviceId}/${a.condition}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const alarm of all) {
            expect(alarm.count).toBeGreaterThanOrEqual(1);
            expect(alarm.transitions.length).toBe(Math.min(alarm.count, 10));
            if (alarm.state === 'resolved') {
              expect(alarm.disposition).not.toBeNull();
              expect(alarm.resolvedBy).not.toBeNull();
              expect(alarm.acknowledgedBy).not.toBeNull();
            } else {
              expect(alarm.disposition).toBeNull();
            }
          }
          // Every raise and every accepted action is in the chained log, and the chain verifies.
          expect(store.actions.query({ action: 'raise', limit: 100_000 })).toHaveLength(raised);
          expect(verifyChain(chainRows(store.db))).toMatchObject({ ok: true });
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
    // The walk must reach the end of the lifecycle, or the invariants about resolution say nothing.
    expect(resolvedSeen).toBeGreaterThan(20);
  });
});
