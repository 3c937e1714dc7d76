import type { ActionRecord } from '../../../shared/domain/action-record.js';
import type { Alarm } from '../../../shared/domain/alarm.js';
import { emptyDeviceState } from '../../../shared/domain/device-state.js';
import { applyAlarmCommand } from '../rules/alarm-lifecycle.js';
import { dueEscalations, expiredShelves } from '../rules/response-clocks.js';
import { commandOf } from './replay-command.js';
import { correlateNew } from './replay-event.js';
import { deviceKey, putAlarm, putDevice, type ReplayEnv, type ReplayLog, type ReplayWorld } from './replay-world.js';

/**
 * A raise the replay's rules did not make (the site's policy changed since, or the data was not
 * written by a live desk): the stored record, put back as it was the moment it was raised.
 */
function asRaised(stored: Alarm, at: number): Alarm {
  const momentary = stored.returnedAt === stored.raisedAt;
  return {
    ...stored,
    state: momentary ? 'unacknowledged-returned' : 'unacknowledged-active',
    version: 1,
    count: 1,
    raisedAt: at,
    lastOccurredAt: at,
    returnedAt: momentary ? at : null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    disposition: null,
    resetAt: null,
    owner: null,
    shelved: null,
    incidentId: null,
    checklist: stored.checklist.map((step) => ({ ...step, doneBy: null, doneAt: null })),
    notes: 0,
    escalatedAt: null,
    resolveEscalatedAt: null,
    transitions: [at],
    chattering: false,
  };
}

function onGuardAlarmAction(world: ReplayWorld, env: ReplayEnv, log: ReplayLog, row: ActionRecord, alarm: Alarm) {
  const command = commandOf(row, alarm.version);
  if (!command) return log.diverged(`action ${row.seq} (${row.action}) is not a command the desk knows`);
  const device = world.devices.get(deviceKey(alarm.siteId, alarm.deviceId));
  const context = {
    actor: { operator: row.operator, seat: row.seat },
    at: row.at,
    policy: env.policy,
    deviceOutOfService: device?.outOfService != null,
  };
  const verdict = applyAlarmCommand(alarm, command, context);
  if (verdict.ok) return putAlarm(world, log, verdict.alarm, row.at);
  // The log says it happened, so it did: apply it as recorded, and say the replay had to.
  log.diverged(`action ${row.seq} (${row.action}) refused on replay: ${verdict.message}`);
  const relaxed = { ...context, deviceOutOfService: true, policy: { ...env.policy, noteRequiredFor: [] } };
  const forced = applyAlarmCommand({ ...alarm, owner: null, noteRequired: false }, command, relaxed);
  if (forced.ok) putAlarm(world, log, forced.alarm, row.at);
}

/** One logged action, applied as the live desk applied it when it was written. */
export function replayAction(world: ReplayWorld, env: ReplayEnv, log: ReplayLog, row: ActionRecord): void {
  const alarm = row.alarmId === null ? undefined : world.alarms.get(row.alarmId);
  const system = row.operator === 'system';
  if (row.action === 'raise') {
    if (log.raiseTaken(row.seq)) return;
    const stored = row.alarmId === null ? undefined : log.storedAlarm(row.alarmId);
    if (!stored) return log.diverged(`raise ${row.seq}: no alarm ${row.alarmId ?? '(none)'} stored`);
    log.diverged(`alarm ${stored.id} was raised then but the rules would not raise it now`);
    const raised = asRaised(stored, row.at);
    putAlarm(world, log, raised, row.at);
    return correlateNew(world, env, log, raised, row.at);
  }
  if (row.action === 'out-of-service' || row.action === 'return-to-service') {
    const deviceId = row.deviceId ?? '';
    const key = deviceKey(env.siteId, deviceId);
    const device = world.devices.get(key) ?? emptyDeviceState(env.siteId, deviceId);
    const hours = typeof row.detail.hours === 'number' ? row.detail.hours : null;
    const outOfService =
      row.action === 'out-of-service'
        ? {
            by: row.operator,
            reason: String(row.detail.reason ?? ''),
            since: row.at,
            until: hours ? row.at + hours * 3_600_000 : null,
          }
        : null;
    return putDevice(world, log, { ...device, outOfService }, row.at);
  }
  if (!alarm) {
    if (row.alarmId !== null && (row.action === 'escalate' || commandOf(row, 0)))
      log.diverged(`action ${row.seq} (${row.action}) on alarm ${row.alarmId}, which was not open`);
    return;
  }
  if (row.action === 'escalate') {
    const due = dueEscalations([alarm], row.at).find((escalation) => escalation.target === row.detail.target);
    if (due) return putAlarm(world, log, due.alarm, row.at);
    log.diverged(`escalation ${row.seq} was not due on replay`);
    const field = row.detail.target === 'resolve' ? 'resolveEscalatedAt' : 'escalatedAt';
    return putAlarm(world, log, { ...alarm, [field]: row.at, version: alarm.version + 1 }, row.at);
  }
  if (row.action === 'unshelve' && system) {
    const [expired] = expiredShelves([alarm], row.at);
    return putAlarm(world, log, expired ?? { ...alarm, shelved: null, version: alarm.version + 1 }, row.at);
  }
  onGuardAlarmAction(world, env, log, row, alarm);
}
