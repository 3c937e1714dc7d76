import { isAcknowledged, type Alarm } from '../../shared/domain/alarm.js';

/** What the taskbar badge counts: alarms nobody has acknowledged yet (shelved ones are dealt with). */
export function unacknowledgedCount(alarms: ReadonlyMap<number, Alarm>): number {
  let count = 0;
  for (const alarm of alarms.values()) if (!isAcknowledged(alarm) && !alarm.shelved) count += 1;
  return count;
}
