import { describe, expect, it } from 'vitest';
import { ALARM_STATES, isAcknowledged, PRIORITIES, type Alarm } from '../../../../shared/domain/alarm.js';
import type { LiveDelta } from '../../../../shared/live/delta.js';
import { compareForQueue } from '../../../../renderer/store/alarm-order.js';
import { allDevices, deviceOf } from '../../../../renderer/store/device-book.js';
import { devicesTouchedSince, seenDevices } from '../../../../renderer/store/device-touches.js';
import { floorAlarmBadge, openAlarmsOfDevice } from '../../../../renderer/store/derive.js';
import type { WatchfloorState } from '../../../../renderer/store/state.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, device, deviceDelta, site, snapshot } from '../builders.js';

const DEVICES = ['door-g-lobby', 'cam-g-1', 'pir-1-1', 'ghost-1', 'ghost-2'];
const version = (id: number) => ({ id, savedAt: 1, savedBy: 'admin', note: '', source: 'editor' as const });

const sameAlarms = (a: readonly Alarm[], b: readonly Alarm[]) =>
  a.length === b.length && a.every((one, i) => one === b[i]);

/** A small deterministic generator (mulberry32), so a failure replays with its seed. */
function random(seed: number) {
  let t = seed >>> 0;
  const next = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  return { next, pick };
}

/** Random changes to 30 alarm ids and the devices: raises, re-raises, priority changes, shelving, resolutions, site moves. */
function randomBatch(rng: ReturnType<typeof random>, seq: { n: number }): LiveDelta[] {
  const deltas: LiveDelta[] = [];
  const size = 1 + Math.floor(rng.next() * (rng.next() < 0.1 ? 120 : 8));
  for (let i = 0; i < size; i++) {
    seq.n += 1;
    const roll = rng.next();
    if (roll < 0.7) {
      const id = 1 + Math.floor(rng.next() * 30);
      deltas.push(
        alarmDelta(
          seq.n,
          alarm(id, {
            // An alarm belongs to one device for life (one per device and condition).
            deviceId: DEVICES[id % DEVICES.length],
            priority: rng.pick(PRIORITIES),
            raisedAt: Math.floor(rng.next() * 5),
            state: rng.pick(ALARM_STATES),
            category: rng.next() < 0.5 ? 'alarm' : 'trouble',
            shelved: rng.next() < 0.2 ? { by: 'J. Osei', reason: 'fault', at: 0, until: 9 } : null,
          }),
        ),
      );
    } else if (roll < 0.95) {
      const outOfService = rng.next() < 0.5 ? { reason: 'works', by: 'J. Osei', since: 0, until: null } : null;
      deltas.push(deviceDelta(seq.n, device(rng.pick([...DEVICES, 'ghost-3', 'ghost-4']), { outOfService })));
    } else {
      const moved = site();
      moved.devices = moved.devices.map((placed) => ({ ...placed, floorId: rng.pick(['ground', 'first']) }));
      if (rng.next() < 0.5)
        moved.devices.push({ id: 'ghost-1', name: 'Ghost', type: 'camera', floorId: 'first', x: 1, y: 1 });
      deltas.push({ seq: seq.n, kind: 'site', site: moved, version: version(seq.n) });
    }
  }
  return deltas;
}

/** What the index must say, worked out the straightforward way from the open alarms. */
function expected(state: WatchfloorState) {
  const open = [...state.alarms.values()];
  const floors = new Map<string, { count: number; level: string | null }>();
  for (const one of open) {
    const floor = state.placedById[one.deviceId]?.floorId;
    if (floor === undefined) continue;
    const badge = floors.get(floor) ?? { count: 0, level: null };
    floors.set(floor, {
      count: badge.count + 1,
      level: one.category === 'alarm' || badge.level === 'alarm' ? 'alarm' : 'trouble',
    });
  }
  const devices = [...allDevices(state.devices)];
  return {
    queue: open.sort(compareForQueue).map((one) => one.id),
    byDevice: [...state.alarmIdsByDevice].map(([id, ids]) => [id, ids.map((n) => state.alarms.get(n))] as const),
    countByPriority: PRIORITIES.map((p) => open.filter((one) => one.priority === p).length),
    unacknowledged: open.filter((one) => !isAcknowledged(one) && !one.shelved).length,
    floors: ['ground', 'first'].map((floor) => floors.get(floor) ?? { count: 0, level: null }),
    outOfService: devices
      .filter((one) => one.outOfService)
      .map((one) => one.deviceId)
      .sort(),
    unplaced: devices
      .map((one) => one.deviceId)
      .filter((id) => !(id in state.placedById))
      .sort(),
  };
}

function actual(state: WatchfloorState) {
  const index = state.openAlarmIndex;
  return {
    queue: index.queue.map((one) => one.id),
    byDevice: [...state.alarmIdsByDevice].map(([id]) => [id, index.byDevice.get(id)] as const),
    countByPriority: index.countByPriority,
    unacknowledged: index.unacknowledged,
    floors: ['ground', 'first'].map((floor) => floorAlarmBadge(state, floor)),
    outOfService: state.outOfServiceDeviceIds,
    unplaced: state.unplacedDeviceIds,
  };
}

describe('the open-alarm index and device lists kept by the reducers', () => {
  it('agree with a count from scratch after every batch of random deltas, and name every device a batch changed', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rng = random(seed);
      const store = createWatchfloorStore();
      const seq = { n: 10 };
      store.getState().applySnapshot(
        snapshot({
          alarms: [
            alarm(1, { priority: 2, deviceId: 'cam-g-1' }),
            alarm(3, { deviceId: 'ghost-1', state: 'acknowledged-active' }),
          ],
          devices: [
            device('door-g-lobby'),
            device('ghost-1', { outOfService: { reason: 'r', by: 'b', since: 0, until: null } }),
          ],
        }),
      );
      expect(actual(store.getState())).toEqual(expected(store.getState()));
      for (let batch = 0; batch < 60; batch++) {
        const before = store.getState();
        store.getState().applyDeltas(randomBatch(rng, seq));
        const state = store.getState();
        const touched = devicesTouchedSince(state, seenDevices(before));
        for (const deviceId of [...DEVICES, 'ghost-3', 'ghost-4']) {
          const changed =
            deviceOf(state.devices, deviceId) !== deviceOf(before.devices, deviceId) ||
            !sameAlarms(openAlarmsOfDevice(state, deviceId), openAlarmsOfDevice(before, deviceId));
          if (changed) expect(touched?.has(deviceId) ?? true, `seed ${seed}, batch ${batch}: ${deviceId}`).toBe(true);
        }
        expect(actual(state), `seed ${seed}, batch ${batch}`).toEqual(expected(state));
        for (const deviceId of state.openAlarmIndex.byDevice.keys())
          expect(state.alarmIdsByDevice.has(deviceId), `seed ${seed}: ${deviceId} has open alarms`).toBe(true);
      }
    }
  });

  it('keeps the arrays of devices, and the lists, that a batch did not touch', () => {
    const store = createWatchfloorStore();
    store.getState().applySnapshot(snapshot({ alarms: [alarm(1), alarm(2, { deviceId: 'cam-g-1' })] }));
    const before = store.getState();
    store
      .getState()
      .applyDeltas([alarmDelta(11, alarm(2, { deviceId: 'cam-g-1', count: 2 })), deviceDelta(12, device('cam-g-1'))]);
    const after = store.getState();
    expect(after.openAlarmIndex.byDevice.get('door-g-lobby')).toBe(before.openAlarmIndex.byDevice.get('door-g-lobby'));
    expect(after.openAlarmIndex.byDevice.get('cam-g-1')).not.toBe(before.openAlarmIndex.byDevice.get('cam-g-1'));
    expect(after.outOfServiceDeviceIds).toBe(before.outOfServiceDeviceIds);
    expect(after.unplacedDeviceIds).toBe(before.unplacedDeviceIds);
  });
});
