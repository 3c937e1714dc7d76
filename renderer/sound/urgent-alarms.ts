import { isAcknowledged, type Alarm } from '../../shared/domain/alarm.js';
import { PULSE_UP_TO_PRIORITY } from '../devices/marker-state.js';
import type { Waiting } from './sound-scheduler.js';

/** The alarms the desk calls out loud (and the map pulses for): P1/P2, unacknowledged, not shelved. */
export const isUrgentUnacknowledged = (alarm: Alarm): boolean =>
  alarm.priority <= PULSE_UP_TO_PRIORITY && !isAcknowledged(alarm) && !alarm.shelved;

export function urgentAlarmIds(alarms: ReadonlyMap<number, Alarm>): ReadonlySet<number> {
  const ids = new Set<number>();
  for (const alarm of alarms.values()) if (isUrgentUnacknowledged(alarm)) ids.add(alarm.id);
  return ids;
}

export function waitingFor(alarms: ReadonlyMap<number, Alarm>): Waiting {
  let waiting: Waiting = 'none';
  for (const alarm of alarms.values()) {
    if (!isUrgentUnacknowledged(alarm)) continue;
    if (alarm.escalatedAt !== null) return 'escalated';
    waiting = 'unacknowledged';
  }
  return waiting;
}
