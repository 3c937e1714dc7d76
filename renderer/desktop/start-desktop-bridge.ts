import { CONDITION_LABEL } from '../alarms/alarm-words.js';
import type { WatchfloorStore } from '../store/store.js';
import { watchNewAlarms } from '../store/watch-new-alarms.js';
import { isUrgentUnacknowledged } from '../sound/urgent-alarms.js';
import { findDesktopApi, MAX_NOTICE_BODY, MAX_NOTICE_TITLE } from './desktop-api.js';

/** In the Electron window: keeps the taskbar badge on the unacknowledged count and notifies new P1/P2 alarms. */
export function startDesktopBridge(store: WatchfloorStore, page: object): void {
  const desktop = findDesktopApi(page);
  if (!desktop) return;
  let count = -1;
  const updateCount = () => {
    // Kept by the reducers per batch (open-alarm-index.ts), as the desk's own counter reads it.
    const next = store.getState().openAlarmIndex.unacknowledged;
    if (next === count) return;
    count = next;
    desktop.setAlarmCount(next);
  };
  updateCount();
  watchNewAlarms(store, (state, newAlarms) => {
    updateCount();
    for (const alarm of newAlarms.filter(isUrgentUnacknowledged)) {
      const device = state.placedById[alarm.deviceId];
      const floor = device ? state.floorLabelById[device.floorId] : undefined;
      desktop.notifyAlarm({
        alarmId: alarm.id,
        priority: alarm.priority,
        title: `P${alarm.priority} ${CONDITION_LABEL[alarm.condition]}`.slice(0, MAX_NOTICE_TITLE),
        body: [device?.name ?? alarm.deviceId, floor].filter(Boolean).join(' · ').slice(0, MAX_NOTICE_BODY),
      });
    }
  });
}
