import { isAcknowledged, type Alarm } from '../../shared/domain/alarm.js';
import { PULSE_UP_TO_PRIORITY } from '../devices/marker-state.js';
import type { UrgentTally } from '../store/urgent-tally.js';
import type { Waiting } from './sound-scheduler.js';

/** The alarms the desk calls out loud (and the map pulses for): P1/P2, unacknowledged, not shelved. */
export const isUrgentUnacknowledged = (alarm: Alarm): boolean =>
  alarm.priority <= PULSE_UP_TO_PRIORITY && !isAcknowledged(alarm) && !alarm.shelved;

/** What waits for this seat, from the store's tally of urgent alarms. */
export function waitingOf(tally: UrgentTally): Waiting {
  if (tally.escalated > 0) return 'escalated';
  return tally.waiting > 0 ? 'unacknowledged' : 'none';
}
