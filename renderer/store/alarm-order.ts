import type { Alarm } from '../../shared/domain/alarm.js';

/** The guard's queue order: priority 1 first, then the oldest; id breaks ties so the order never flickers. */
export function compareForQueue(a: Alarm, b: Alarm): number {
  return a.priority - b.priority || a.raisedAt - b.raisedAt || a.id - b.id;
}

const queueCache = new WeakMap<ReadonlyMap<number, Alarm>, Alarm[]>();

/** Open alarms in queue order; computed once per alarms record, however many components ask. */
export function queueOrder(alarms: ReadonlyMap<number, Alarm>): Alarm[] {
  let ordered = queueCache.get(alarms);
  if (!ordered) {
    ordered = [...alarms.values()].sort(compareForQueue);
    queueCache.set(alarms, ordered);
  }
  return ordered;
}
