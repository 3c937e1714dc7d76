import type { Alarm } from '../../shared/domain/alarm.js';
import { isUrgentUnacknowledged } from '../sound/urgent-alarms.js';
import type { AlarmChange } from './open-alarm-index.js';

/**
 * What the desk's sound asks of the open alarms on every alarms write, kept from each batch's
 * changes so that it is not a scan of every open alarm, twice, at every frame of a busy night.
 */
export type UrgentTally = {
  /** Open P1/P2 alarms nobody acknowledged, not shelved: what the desk calls out loud. */
  waiting: number;
  /** How many of those have escalated. */
  escalated: number;
  /**
   * How many times an alarm has become one of them, counted per write: raised, or back after an
   * acknowledgement or a shelving. It only grows; a write that raises it brings news.
   */
  becameUrgent: number;
};

export const NO_URGENT_ALARMS: UrgentTally = { waiting: 0, escalated: 0, becameUrgent: 0 };

const urgent = (alarm: Alarm | undefined): alarm is Alarm => alarm !== undefined && isUrgentUnacknowledged(alarm);

/** The tally after a batch's changes, in order. An alarm is news when it is urgent after the batch and was not before it. */
export function withUrgentChanges(tally: UrgentTally, changes: readonly AlarmChange[]): UrgentTally {
  let { waiting, escalated, becameUrgent } = tally;
  const count = (alarm: Alarm | undefined, by: 1 | -1) => {
    if (!urgent(alarm)) return;
    waiting += by;
    if (alarm.escalatedAt !== null) escalated += by;
  };
  // Per alarm, whether it was urgent before the batch (its first change) and is after it (its last).
  const urgentBefore = new Map<number, boolean>();
  const urgentAfter = new Map<number, boolean>();
  for (const { before, after } of changes) {
    const id = (before ?? after)?.id;
    if (id === undefined) continue;
    if (!urgentBefore.has(id)) urgentBefore.set(id, urgent(before));
    urgentAfter.set(id, urgent(after));
    count(before, -1);
    count(after, 1);
  }
  for (const [id, now] of urgentAfter) if (now && urgentBefore.get(id) === false) becameUrgent += 1;
  if (waiting === tally.waiting && escalated === tally.escalated && becameUrgent === tally.becameUrgent) return tally;
  return { waiting, escalated, becameUrgent };
}

/** The tally of a whole new set of open alarms (a snapshot): news is what is urgent now and was not in `was`. */
export function tallyUrgent(alarms: Iterable<Alarm>, was: ReadonlyMap<number, Alarm>, tally: UrgentTally): UrgentTally {
  let waiting = 0;
  let escalated = 0;
  let { becameUrgent } = tally;
  for (const alarm of alarms) {
    if (!isUrgentUnacknowledged(alarm)) continue;
    waiting += 1;
    if (alarm.escalatedAt !== null) escalated += 1;
    if (!urgent(was.get(alarm.id))) becameUrgent += 1;
  }
  return { waiting, escalated, becameUrgent };
}
