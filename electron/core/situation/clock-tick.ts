import type { LiveChange } from '../../../shared/live/delta.js';
import { patrolClock } from '../patrols/patrol-hooks.js';
import { dueEscalations, expiredShelves } from '../rules/response-clocks.js';
import { SYSTEM, type Situation } from './situation.js';

const CONDITION_WORDS = (condition: string) => condition.replaceAll('-', ' ');

/**
 * Once a second: missed response targets escalate (a notice to supervisor seats), shelves and
 * out-of-service periods that are over end. Each is logged as the core's own action.
 */
export function clockTick(situation: Situation, now: number): LiveChange[] {
  const changes: LiveChange[] = [];
  const log = (action: string, alarmId: number | null, deviceId: string, detail: Record<string, unknown>) =>
    situation.store.actions.append({ ...SYSTEM, at: now, action, alarmId, incidentId: null, deviceId, detail });

  for (const { alarm, target, overdueS } of dueEscalations(situation.alarms(), now)) {
    log('escalate', alarm.id, alarm.deviceId, { target, overdueS });
    changes.push(...situation.putAlarm(alarm));
    const targetS = target === 'acknowledge' ? alarm.targets.acknowledgeS : alarm.targets.resolveS;
    changes.push({
      kind: 'notice',
      notice: {
        at: now,
        kind: 'escalation',
        audience: 'supervisor',
        alarmId: alarm.id,
        message: `P${alarm.priority} ${CONDITION_WORDS(alarm.condition)} at ${situation.describePlace(alarm)} not ${target === 'acknowledge' ? 'acknowledged' : 'resolved'} after ${targetS} s`,
      },
    });
  }
  for (const alarm of expiredShelves(situation.alarms(), now)) {
    log('unshelve', alarm.id, alarm.deviceId, { reason: 'shelf time over' });
    changes.push(...situation.putAlarm(alarm));
    changes.push({
      kind: 'notice',
      notice: {
        at: now,
        kind: 'unshelved',
        audience: 'all',
        alarmId: alarm.id,
        message: `${CONDITION_WORDS(alarm.condition)} at ${situation.describePlace(alarm)} is back in the queue: shelf time over`,
      },
    });
  }
  for (const device of situation.deviceStates()) {
    const until = device.outOfService?.until;
    if (until == null || until > now) continue;
    log('return-to-service', null, device.deviceId, { reason: 'out-of-service period over' });
    changes.push(situation.putDevice({ ...device, outOfService: null }));
  }
  changes.push(...patrolClock(situation, now));
  return changes;
}
