import { describe, expect, it } from 'vitest';
import { findDesktopApi } from '../../../../renderer/desktop/desktop-api.js';
import { startDesktopBridge } from '../../../../renderer/desktop/start-desktop-bridge.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, snapshot } from '../builders.js';

function fakeWindow() {
  const calls: { counts: number[]; notices: unknown[] } = { counts: [], notices: [] };
  const page = {
    watchfloorDesktop: Object.freeze({
      version: '1.0.0',
      onCoreStatus: () => () => undefined,
      setAlarmCount: (count: number) => calls.counts.push(count),
      notifyAlarm: (notice: unknown) => calls.notices.push(notice),
    }),
  };
  return { page, calls };
}

describe('the desktop bridge', () => {
  it('is absent in a browser seat', () => {
    expect(findDesktopApi({})).toBeNull();
    expect(findDesktopApi({ watchfloorDesktop: { setAlarmCount: 1 } })).toBeNull();
  });

  it('keeps the taskbar count on unacknowledged alarms, telling only changes', () => {
    const { page, calls } = fakeWindow();
    const store = createWatchfloorStore();
    startDesktopBridge(store, page);
    store
      .getState()
      .applySnapshot(snapshot({ seq: 1, alarms: [alarm(1), alarm(2, { state: 'acknowledged-active' })] }));
    store.getState().applyDeltas([alarmDelta(2, alarm(1, { version: 2, count: 2 }))]);
    store.getState().applyDeltas([alarmDelta(3, alarm(1, { version: 3, state: 'acknowledged-active' }))]);
    expect(calls.counts).toEqual([0, 1, 0]);
  });

  it('offers new P1/P2 alarms for an OS notification, not the first picture and not lower priorities', () => {
    const { page, calls } = fakeWindow();
    const store = createWatchfloorStore();
    startDesktopBridge(store, page);
    store.getState().applySnapshot(snapshot({ seq: 1, alarms: [alarm(1, { priority: 1 })] }));
    store
      .getState()
      .applyDeltas([
        alarmDelta(2, alarm(2, { priority: 1 })),
        alarmDelta(3, alarm(3, { priority: 3, deviceId: 'cam-g-1' })),
      ]);
    expect(calls.notices).toEqual([{ alarmId: 2, priority: 1, title: 'P1 Door forced', body: 'Lobby door · Ground' }]);
  });
});
