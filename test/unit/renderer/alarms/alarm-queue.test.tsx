// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AlarmQueue } from '../../../../renderer/alarms/AlarmQueue.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';

const rows = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-alarm-id]')];

afterEach(cleanup);

describe('AlarmQueue', () => {
  it('says so when there is nothing to do', () => {
    const { container } = render(<AlarmQueue />);
    expect(container.textContent).toContain('No open alarms');
  });

  it('lists open alarms by priority then age, in words a guard uses', () => {
    const { container } = render(<AlarmQueue />);
    act(() =>
      watchfloorStore.getState().applySnapshot(
        snapshot({
          alarms: [
            alarm(1, { priority: 3, raisedAt: 10, condition: 'device-offline', category: 'trouble' }),
            alarm(2, { priority: 1, raisedAt: 30, count: 4 }),
            alarm(3, { priority: 1, raisedAt: 20, deviceId: 'cam-g-1', condition: 'camera-video-loss' }),
          ],
        }),
      ),
    );
    expect(rows(container).map((row) => row.dataset.alarmId)).toEqual(['3', '2', '1']);
    const [first, second] = rows(container);
    expect(first?.dataset.condition).toBe('camera-video-loss');
    expect(first?.textContent).toContain('Camera video loss');
    expect(first?.textContent).toContain('Lobby camera');
    expect(first?.textContent).toContain('P1');
    expect(second?.textContent).toContain('×4');
    expect(second?.textContent).toContain('Ground · Lobby');
  });

  it('selects an alarm on click or Enter and takes the map to its floor', () => {
    const { container } = render(<AlarmQueue />);
    act(() => {
      watchfloorStore.getState().applySnapshot(snapshot({ alarms: [alarm(1), alarm(2, { deviceId: 'pir-1-1' })] }));
    });
    const pirRow = container.querySelector<HTMLElement>('[data-device-id="pir-1-1"]');
    act(() => pirRow?.click());
    expect(watchfloorStore.getState()).toMatchObject({
      selectedAlarmId: 2,
      selectedDeviceId: 'pir-1-1',
      selectedFloorId: 'first',
      mapFocus: { deviceId: 'pir-1-1', nonce: 1 },
    });

    const doorRow = container.querySelector<HTMLElement>('[data-device-id="door-g-lobby"]');
    act(() => doorRow?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(watchfloorStore.getState()).toMatchObject({ selectedAlarmId: 1, selectedFloorId: 'ground' });
    expect(doorRow?.getAttribute('aria-current')).toBe('true');
  });

  it('drops a row when its alarm is resolved', () => {
    const { container } = render(<AlarmQueue />);
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ seq: 1, alarms: [alarm(1), alarm(2)] })));
    act(() => watchfloorStore.getState().applyDeltas([alarmDelta(2, alarm(1, { state: 'resolved' }))]));
    expect(rows(container).map((row) => row.dataset.alarmId)).toEqual(['2']);
  });
});
