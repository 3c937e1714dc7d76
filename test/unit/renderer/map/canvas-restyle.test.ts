import { describe, expect, it } from 'vitest';
import type { MarkerLook } from '../../../../renderer/devices/marker-state.js';
import { markerRestyler } from '../../../../renderer/map/canvas-restyle.js';
import { markerLookSelector } from '../../../../renderer/store/marker-look-selector.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, device, deviceDelta, snapshot } from '../builders.js';

const IDS = ['door-g-lobby', 'cam-g-1', 'pir-1-1', 'door-2', 'door-3'];

function floor() {
  const store = createWatchfloorStore();
  store.getState().applySnapshot(snapshot({ devices: IDS.map((id) => device(id, { online: true, lastSeenAt: 1 })) }));
  const drawn = new Map<string, { look: MarkerLook; selected: boolean }>();
  const draws: string[] = [];
  const selectionDraws: string[] = [];
  const restyle = markerRestyler(IDS, (deviceId, look, selected, selectionChanged) => {
    drawn.set(deviceId, { look, selected });
    draws.push(deviceId);
    if (selectionChanged) selectionDraws.push(deviceId);
  });
  restyle(store.getState());
  store.subscribe(restyle);
  return { store, drawn, draws, selectionDraws };
}

describe('the canvas markers restyler', () => {
  it('draws every marker first, then only a device whose look changed', () => {
    const { store, draws } = floor();
    expect(draws.sort()).toEqual([...IDS].sort());
    draws.length = 0;
    store.getState().applyDeltas([deviceDelta(11, device('cam-g-1', { online: true, lastSeenAt: 2 }))]);
    expect(draws).toEqual([]); // touched, but it looks the same
    store.getState().applyDeltas([deviceDelta(12, device('cam-g-1', { online: false }))]);
    expect(draws).toEqual(['cam-g-1']);
    store.getState().applyDeltas([alarmDelta(13, alarm(1, { deviceId: 'door-3', priority: 1 }))]);
    expect(draws).toEqual(['cam-g-1', 'door-3']);
  });

  it('redraws the device selected and the one no longer selected, and says the selection changed', () => {
    const { store, draws, drawn, selectionDraws } = floor();
    draws.length = 0;
    store.getState().selectDevice('pir-1-1');
    store.getState().selectDevice('door-2');
    expect(draws).toEqual(['pir-1-1', 'pir-1-1', 'door-2']);
    expect(drawn.get('pir-1-1')?.selected).toBe(false);
    expect(drawn.get('door-2')?.selected).toBe(true);
    expect(selectionDraws).toEqual(['pir-1-1', 'pir-1-1', 'door-2']);
    store.getState().applyDeltas([deviceDelta(11, device('door-2', { online: false }))]);
    expect(draws.at(-1)).toBe('door-2');
    expect(selectionDraws).toHaveLength(3); // a look change on the selected device is not a selection change
  });

  it('shows every device as a fresh look computes it, after random batches, selections and snapshots', () => {
    let seed = 3;
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
    const { store, drawn } = floor();
    let seq = 10;
    for (let step = 0; step < 300; step++) {
      const roll = next();
      if (roll < 0.05) {
        seq += 1;
        store.getState().applySnapshot(snapshot({ seq, devices: [device(pick(IDS), { online: true })] }));
      } else if (roll < 0.15) {
        store.getState().selectDevice(next() < 0.2 ? null : pick(IDS));
      } else {
        const deltas = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
          seq += 1;
          const id = 1 + Math.floor(next() * 8);
          return next() < 0.5
            ? deviceDelta(
                seq,
                device(pick(IDS), { online: next() < 0.7, door: next() < 0.3 ? { state: 'forced', since: 1 } : null }),
              )
            : alarmDelta(
                seq,
                alarm(id, {
                  deviceId: IDS[id % IDS.length],
                  priority: pick([1, 2, 3, 4] as const),
                  state: pick(['unacknowledged-active', 'acknowledged-active', 'resolved'] as const),
                }),
              );
        });
        store.getState().applyDeltas(deltas);
      }
      const state = store.getState();
      for (const deviceId of IDS) {
        expect(drawn.get(deviceId)?.look, `step ${step}: ${deviceId}`).toEqual(markerLookSelector(deviceId)(state));
        expect(drawn.get(deviceId)?.selected).toBe(state.selectedDeviceId === deviceId);
      }
    }
  });
});
