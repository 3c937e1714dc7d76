import { describe, expect, it } from 'vitest';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { allDevices } from '../../../../renderer/store/device-book.js';
import { alarm, device, snapshot } from '../builders.js';

describe('applySnapshot', () => {
  it('replaces the live picture and indexes the site', () => {
    const store = createWatchfloorStore();
    store
      .getState()
      .applySnapshot(
        snapshot({ alarms: [alarm(1), alarm(2, { deviceId: 'cam-g-1', condition: 'camera-video-loss' })] }),
      );
    const state = store.getState();
    expect(state.seq).toBe(10);
    expect([...allDevices(state.devices)].map((d) => d.deviceId)).toEqual(['door-g-lobby']);
    expect([...state.alarms.keys()]).toEqual([1, 2]);
    expect(Object.fromEntries(state.alarmIdsByDevice)).toEqual({ 'door-g-lobby': [1], 'cam-g-1': [2] });
    expect(state.devicesByFloor.ground?.map((d) => d.id)).toEqual(['door-g-lobby', 'cam-g-1']);
    expect(state.devicesByFloor.first?.map((d) => d.id)).toEqual(['pir-1-1']);
    expect(state.selectedFloorId).toBe('ground');
  });

  it('keeps the selected floor when it still exists, and drops everything from before', () => {
    const store = createWatchfloorStore();
    store.getState().applySnapshot(snapshot({ devices: [device('stray')], alarms: [alarm(1)] }));
    store.getState().selectFloor('first');
    store.getState().applySnapshot(snapshot({ seq: 3, devices: [], alarms: [] }));
    const state = store.getState();
    expect(state.selectedFloorId).toBe('first');
    expect(state.devices.size).toBe(0);
    expect(state.alarms.size).toBe(0);
    expect(state.seq).toBe(3); // a restarted core starts counting again; the snapshot wins
  });

  it('ignores resolved alarms that a snapshot should not carry anyway', () => {
    const store = createWatchfloorStore();
    store.getState().applySnapshot(snapshot({ alarms: [alarm(1, { state: 'resolved' })] }));
    expect(store.getState().alarms.size).toBe(0);
    expect(store.getState().alarmIdsByDevice.size).toBe(0);
  });

  it('works without a site', () => {
    const store = createWatchfloorStore();
    store.getState().applySnapshot(snapshot({ site: null }));
    expect(store.getState().floors).toEqual([]);
    expect(store.getState().selectedFloorId).toBeNull();
  });
});
