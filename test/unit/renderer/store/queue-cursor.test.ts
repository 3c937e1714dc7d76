import { describe, expect, it } from 'vitest';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, incident, snapshot } from '../builders.js';

function deskStore() {
  const store = createWatchfloorStore();
  store.getState().applySnapshot(
    snapshot({
      alarms: [
        alarm(1, { priority: 1, raisedAt: 10, incidentId: 5 }),
        alarm(2, { priority: 2, raisedAt: 20, incidentId: 5, deviceId: 'cam-g-1' }),
        alarm(3, { priority: 3, raisedAt: 30, deviceId: 'pir-1-1' }),
        alarm(4, { priority: 4, raisedAt: 40, shelved: { by: 'x', reason: 'y', at: 0, until: 9e12 } }),
      ],
      incidents: [incident(5, [1, 2])],
    }),
  );
  return store;
}

const cursor = (store: ReturnType<typeof deskStore>) => {
  const { selectedAlarmId, selectedIncidentId } = store.getState();
  return selectedIncidentId !== null ? `incident:${selectedIncidentId}` : `alarm:${selectedAlarmId}`;
};

describe('the queue cursor', () => {
  it('starts on the first line and walks down and up, stopping at the ends', () => {
    const store = deskStore();
    store.getState().moveCursor(1);
    expect(cursor(store)).toBe('incident:5');
    // On an incident line its most urgent alarm is selected, so the map and the detail show it.
    expect(store.getState().selectedAlarmId).toBe(1);
    store.getState().moveCursor(1);
    expect(cursor(store)).toBe('alarm:3');
    store.getState().moveCursor(1);
    expect(cursor(store)).toBe('alarm:4'); // the shelved alarm, listed last
    store.getState().moveCursor(1);
    expect(cursor(store)).toBe('alarm:4');
    store.getState().moveCursor(-1);
    store.getState().moveCursor(-1);
    store.getState().moveCursor(-1);
    expect(cursor(store)).toBe('incident:5');
  });

  it('walks into an expanded incident', () => {
    const store = deskStore();
    store.getState().toggleIncident(5);
    store.getState().moveCursor(1);
    store.getState().moveCursor(1);
    expect(cursor(store)).toBe('alarm:1');
    store.getState().moveCursor(1);
    expect(cursor(store)).toBe('alarm:2');
    expect(store.getState().selectedFloorId).toBe('ground');
  });

  it('finds the collapsed incident holding an alarm selected on the map', () => {
    const store = deskStore();
    store.getState().selectDevice('cam-g-1');
    expect(store.getState().selectedAlarmId).toBe(2);
    store.getState().moveCursor(1);
    expect(cursor(store)).toBe('alarm:3');
  });
});
