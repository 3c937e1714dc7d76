import { describe, expect, it } from 'vitest';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { deviceOf } from '../../../../renderer/store/device-book.js';
import { alarm, alarmDelta, device, deviceDelta, snapshot } from '../builders.js';

function liveStore() {
  const store = createWatchfloorStore();
  store.getState().applySnapshot(snapshot({ seq: 10 }));
  return store;
}

describe('applyDeltas', () => {
  it('applies deltas in order, the later one winning', () => {
    const store = liveStore();
    store
      .getState()
      .applyDeltas([
        deviceDelta(11, device('door-g-lobby', { online: false })),
        deviceDelta(12, device('door-g-lobby', { online: true, lastSeenAt: 5 })),
        { seq: 13, kind: 'ingest', ingest: { received: 3, stored: 2, duplicates: 1, quarantined: 0, ignored: 0 } },
      ]);
    const state = store.getState();
    expect(deviceOf(state.devices, 'door-g-lobby')?.online).toBe(true);
    expect(state.ingest?.received).toBe(3);
    expect(state.seq).toBe(13);
  });

  it('removes an alarm from the open list when it is resolved', () => {
    const store = liveStore();
    store.getState().applyDeltas([alarmDelta(11, alarm(7)), alarmDelta(12, alarm(8))]);
    store.getState().selectAlarm(7);
    store.getState().applyDeltas([alarmDelta(13, alarm(7, { state: 'resolved', resolvedAt: 9 }))]);
    const state = store.getState();
    expect([...state.alarms.keys()]).toEqual([8]);
    expect(state.alarmIdsByDevice.get('door-g-lobby')).toEqual([8]);
    expect(state.selectedAlarmId).toBeNull();
  });

  it('changes nothing when a delta is delivered twice', () => {
    const store = liveStore();
    const raise = alarmDelta(11, alarm(7));
    const resolve = alarmDelta(12, alarm(7, { state: 'resolved' }));
    store.getState().applyDeltas([raise, resolve]);
    const before = store.getState();
    store.getState().applyDeltas([raise, resolve]);
    const after = store.getState();
    expect(after.alarms.size).toBe(0);
    expect(after.seq).toBe(12);
    expect(after.alarms).toBe(before.alarms);
  });

  it('keeps the identity of untouched entries, so their subscribers do not re-render', () => {
    const store = liveStore();
    store.getState().applyDeltas([deviceDelta(11, device('cam-g-1'))]);
    const door = deviceOf(store.getState().devices, 'door-g-lobby');
    const alarms = store.getState().alarms;
    store.getState().applyDeltas([deviceDelta(12, device('cam-g-1', { online: true }))]);
    expect(deviceOf(store.getState().devices, 'door-g-lobby')).toBe(door);
    expect(store.getState().alarms).toBe(alarms);
  });

  it('writes the store once for a whole batch', () => {
    const store = liveStore();
    let writes = 0;
    store.subscribe(() => (writes += 1));
    const deltas = Array.from({ length: 500 }, (_, i) => deviceDelta(11 + i, device(`d-${i % 50}`, { online: true })));
    store.getState().applyDeltas(deltas);
    expect(writes).toBe(1);
    expect(store.getState().devices.size).toBe(51);
  });
});
