// @vitest-environment happy-dom
import { CRS } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceMarker } from '../../../../renderer/map/DeviceMarker.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, device, deviceDelta, site, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';

afterEach(cleanup);

const lobbyDoor = () => {
  const plan = site();
  const placed = plan.devices.find((candidate) => candidate.id === 'door-g-lobby');
  const floor = plan.buildings[0]?.floors.find((candidate) => candidate.id === placed?.floorId);
  if (!placed || !floor) throw new Error('the test site lost its lobby door');
  return { placed, floor };
};
const marker = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('.leaflet-marker-pane [data-device-id="door-g-lobby"]');

describe('DeviceMarker', () => {
  it('restyles its one element as the door is forced, acknowledged and closed', () => {
    const { placed, floor } = lobbyDoor();
    const { container } = render(
      <MapContainer crs={CRS.Simple} center={[0, 0]} zoom={0} style={{ width: 400, height: 300 }}>
        <DeviceMarker device={placed} floor={floor} />
      </MapContainer>,
    );
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ seq: 10 })));
    const drawn = marker(container);
    expect(drawn?.dataset.state).toBe('ok');
    const icon = drawn?.parentElement;

    const forced = alarm(1, { condition: 'door-forced', priority: 2, state: 'unacknowledged-active' });
    act(() =>
      watchfloorStore
        .getState()
        .applyDeltas([
          deviceDelta(
            11,
            device('door-g-lobby', { online: true, lastSeenAt: 2_000, door: { state: 'forced', since: 2_000 } }),
          ),
          alarmDelta(12, forced),
        ]),
    );
    expect(marker(container)).toBe(drawn);
    expect(drawn?.parentElement).toBe(icon);
    expect(drawn?.dataset.state).toBe('alarm');
    expect(drawn?.classList.contains('wf-marker--pulse')).toBe(true);
    expect(drawn?.querySelector('.wf-marker__tag')?.textContent).toBe('FORCED');

    act(() =>
      watchfloorStore.getState().applyDeltas([alarmDelta(13, { ...forced, state: 'acknowledged-active', version: 2 })]),
    );
    expect(marker(container)).toBe(drawn);
    expect(drawn?.classList.contains('wf-marker--pulse')).toBe(false);
    expect(drawn?.dataset.state).toBe('alarm');

    act(() =>
      watchfloorStore
        .getState()
        .applyDeltas([
          deviceDelta(
            14,
            device('door-g-lobby', { online: true, lastSeenAt: 3_000, door: { state: 'closed', since: 3_000 } }),
          ),
          alarmDelta(15, { ...forced, state: 'resolved', version: 3, resolvedAt: 3_000 }),
        ]),
    );
    expect(marker(container)).toBe(drawn);
    expect(drawn?.dataset.state).toBe('ok');
    expect(drawn?.querySelector('.wf-marker__tag')).toBeNull();
    expect(drawn?.querySelector('.wf-marker__priority')).toBeNull();
  });
});
