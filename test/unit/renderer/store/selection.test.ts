import { describe, expect, it } from 'vitest';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, snapshot } from '../builders.js';

describe('selection', () => {
  it('selecting a device selects its most urgent open alarm, so map and queue agree', () => {
    const store = createWatchfloorStore();
    store
      .getState()
      .applySnapshot(
        snapshot({ alarms: [alarm(1, { priority: 3 }), alarm(2, { priority: 1 }), alarm(3, { deviceId: 'cam-g-1' })] }),
      );
    store.getState().selectDevice('door-g-lobby');
    expect(store.getState()).toMatchObject({ selectedDeviceId: 'door-g-lobby', selectedAlarmId: 2 });
    store.getState().selectDevice('pir-1-1');
    expect(store.getState()).toMatchObject({ selectedDeviceId: 'pir-1-1', selectedAlarmId: null });
  });

  it('selecting the same alarm again asks the map to move again', () => {
    const store = createWatchfloorStore();
    store.getState().applySnapshot(snapshot({ alarms: [alarm(1)] }));
    store.getState().selectAlarm(1);
    store.getState().selectAlarm(1);
    expect(store.getState().mapFocus).toEqual({ deviceId: 'door-g-lobby', nonce: 2 });
  });

  it('leaves the map alone for an alarm on an unplaced device', () => {
    const store = createWatchfloorStore();
    store.getState().applySnapshot(snapshot({ alarms: [alarm(1, { deviceId: 'stray' })] }));
    store.getState().selectAlarm(1);
    expect(store.getState()).toMatchObject({ selectedAlarmId: 1, selectedFloorId: 'ground', mapFocus: null });
  });
});
