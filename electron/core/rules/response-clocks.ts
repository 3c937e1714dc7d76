import { isAcknowledged, type Alarm } from '../../../shared/domain/alarm.js';

export type Escalation = { alarm: Alarm; target: 'acknowledge' | 'resolve'; overdueS: number };

/**
 * Alarms whose response target has just been missed: unacknowledged past the acknowledge target,
 * or unresolved past the resolve target. Each target escalates once; shelved alarms wait.
 */
export function dueEscalations(alarms: Iterable<Alarm>, now: number): Escalation[] {
  const due: Escalation[] = [];
  for (const alarm of alarms) {
    if (alarm.state === 'resolved' || alarm.shelved) continue;
    const age = now - alarm.raisedAt;
    if (!isAcknowledged(alarm) && alarm.escalatedAt === null && age > alarm.targets.acknowledgeS * 1000) {
      due.push({
        alarm: { ...alarm, escalatedAt: now, version: alarm.version + 1 },
        target: 'acknowledge',
        overdueS: Math.round(age / 1000 - alarm.targets.acknowledgeS),
      });
    } else if (alarm.resolveEscalatedAt === null && age > alarm.targets.resolveS * 1000) {
      due.push({
        alarm: { ...alarm, resolveEscalatedAt: now, version: alarm.version + 1 },
        target: 'resolve',
        overdueS: Math.round(age / 1000 - alarm.targets.resolveS),
      });
    }
  }
  return due;
}

/** Shelved alarms whose shelf time is over: back in the queue, with a notice. */
export function expiredShelves(alarms: Iterable<Alarm>, now: number): Alarm[] {
  const expired: Alarm[] = [];
  for (const alarm of alarms) {
    if (alarm.shelved && alarm.shelved.until <= now)
      expired.push({ ...alarm, shelved: null, version: alarm.version + 1 });
  }
  return expired;
}
