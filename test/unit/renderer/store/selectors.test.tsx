// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  useDeviceOpenAlarms,
  useFloorAlarmBadge,
  useMarkerLook,
  useQueueAlarmIds,
  useUnplacedDeviceIds,
} from '../../../../renderer/store/selectors.js';
import {
  useOutOfServiceDeviceIds,
  useQueueView,
  useUnacknowledgedCount,
} from '../../../../renderer/store/desk-selectors.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, device, deviceDelta, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';

afterEach(cleanup);

describe('selector hooks', () => {
  it('re-render a marker only when its own look changes', () => {
    let renders = 0;
    function Probe() {
      renders += 1;
      const look = useMarkerLook('door-g-lobby');
      return <span data-state={look.state} />;
    }
    const { container } = render(<Probe />);
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ seq: 1 })));
    const afterSnapshot = renders;
    act(() => watchfloorStore.getState().applyDeltas([deviceDelta(2, device('cam-g-1', { online: true }))]));
    act(() => watchfloorStore.getState().applyDeltas([deviceDelta(3, device('door-g-lobby', { online: true }))]));
    expect(renders).toBe(afterSnapshot);

    act(() => watchfloorStore.getState().applyDeltas([alarmDelta(4, alarm(9))]));
    expect(renders).toBe(afterSnapshot + 1);
    expect(container.querySelector('[data-state="alarm"]')).not.toBeNull();
  });

  it('return stable values from derived selectors (no render loop)', () => {
    let renders = 0;
    function Probe() {
      renders += 1;
      useQueueAlarmIds();
      useFloorAlarmBadge('ground');
      useUnplacedDeviceIds();
      useDeviceOpenAlarms('door-g-lobby');
      useQueueView();
      useOutOfServiceDeviceIds();
      useUnacknowledgedCount();
      return null;
    }
    render(<Probe />);
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ seq: 1, alarms: [alarm(1)] })));
    const settled = renders;
    act(() =>
      watchfloorStore
        .getState()
        .applyDeltas([
          { seq: 2, kind: 'ingest', ingest: { received: 1, stored: 1, duplicates: 0, quarantined: 0, ignored: 0 } },
        ]),
    );
    expect(renders).toBe(settled);
  });
});
