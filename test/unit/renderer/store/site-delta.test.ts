import { describe, expect, it } from 'vitest';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { site, snapshot } from '../builders.js';

const version = (id: number) => ({ id, savedAt: 1, savedBy: 'admin', note: '', source: 'editor' as const });

function liveStore() {
  const store = createWatchfloorStore();
  store.getState().applySnapshot(snapshot({ seq: 10, siteVersion: version(1) }));
  return store;
}

describe('a site delta (a saved site version)', () => {
  it('replaces the seat’s site and its lookups, keeping the floor in view', () => {
    const store = liveStore();
    store.getState().selectFloor('first');
    const moved = site();
    moved.devices = moved.devices.map((device) => (device.id === 'pir-1-1' ? { ...device, x: 1, y: 2 } : device));
    moved.devices.push({ id: 'cam-new', name: 'New camera', type: 'camera', floorId: 'first', x: 3, y: 4 });
    store.getState().applyDeltas([{ seq: 11, kind: 'site', site: moved, version: version(2) }]);
    const state = store.getState();
    expect(state.siteVersion?.id).toBe(2);
    expect(state.placedById['pir-1-1']).toMatchObject({ x: 1, y: 2 });
    expect(state.devicesByFloor.first?.map((device) => device.id)).toEqual(['pir-1-1', 'cam-new']);
    expect(state.selectedFloorId).toBe('first');
  });

  it('moves the view to the default floor when the floor in view is gone', () => {
    const store = liveStore();
    store.getState().selectFloor('first');
    const smaller = site();
    smaller.buildings = smaller.buildings.map((building) => ({
      ...building,
      floors: building.floors.filter((floor) => floor.id !== 'first'),
    }));
    smaller.devices = smaller.devices.filter((device) => device.floorId !== 'first');
    store.getState().applyDeltas([{ seq: 11, kind: 'site', site: smaller, version: version(2) }]);
    expect(store.getState().selectedFloorId).toBe('ground');
    expect(store.getState().floorById.first).toBeUndefined();
  });
});
