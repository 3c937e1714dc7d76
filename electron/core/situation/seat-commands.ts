import type { CommandResult, SeatCommand } from '../../../shared/live/commands.js';
import type { LiveChange } from '../../../shared/live/delta.js';
import { applyAlarmCommand, type Actor, type AlarmCommand } from '../rules/alarm-lifecycle.js';
import type { Situation } from './situation.js';
import { handleShiftCommand } from '../shifts/shift-commands.js';
import { logOccurrence } from '../occurrences/log-occurrence.js';

export type Handled = { result: CommandResult; changes: LiveChange[] };

const refused = (refusal: Extract<CommandResult, { ok: false }>['refusal'], message: string): Handled => ({
  result: { ok: false, refusal, message },
  changes: [],
});

function onAlarm(situation: Situation, command: AlarmCommand, actor: Actor, at: number): Handled {
  const alarm = situation.alarm(command.alarmId);
  if (!alarm) return refused('not-found', `there is no open alarm ${command.alarmId}`);
  const device = situation.device(alarm.siteId, alarm.deviceId);
  const verdict = applyAlarmCommand(alarm, command, {
    actor,
    at,
    policy: situation.policy,
    deviceOutOfService: device?.outOfService != null,
  });
  if (!verdict.ok) return refused(verdict.refusal, verdict.message);
  situation.store.actions.append({
    ...actor,
    at,
    action: command.action,
    alarmId: alarm.id,
    incidentId: alarm.incidentId,
    deviceId: alarm.deviceId,
    detail: verdict.detail,
  });
  return { result: { ok: true }, changes: situation.putAlarm(verdict.alarm) };
}

/** "Handle it once": acknowledges every member the operator may acknowledge, and says what it could not. */
function acknowledgeIncident(situation: Situation, incidentId: number, actor: Actor, at: number): Handled {
  const incident = situation.incident(incidentId);
  if (!incident) return refused('not-found', `there is no open incident ${incidentId}`);
  const changes: LiveChange[] = [];
  const problems: string[] = [];
  for (const alarm of incident.alarmIds.flatMap((id) => situation.alarm(id) ?? [])) {
    if (alarm.state !== 'unacknowledged-active' && alarm.state !== 'unacknowledged-returned') continue;
    const handled = onAlarm(situation, { action: 'acknowledge', alarmId: alarm.id, version: alarm.version }, actor, at);
    if (handled.result.ok) changes.push(...handled.changes);
    else problems.push(`alarm ${alarm.id}: ${handled.result.message}`);
  }
  if (changes.length === 0)
    return refused('not-allowed', problems.join('; ') || 'nothing left to acknowledge in this incident');
  return { result: { ok: true }, changes };
}

function setService(
  situation: Situation,
  command: Extract<SeatCommand, { deviceId: string }>,
  actor: Actor,
  at: number,
): Handled {
  const siteId = situation.siteId;
  const device = situation.device(siteId, command.deviceId) ?? situation.knownDevice(command.deviceId);
  if (!device) return refused('not-found', `there is no device ${command.deviceId}`);
  const taking = command.action === 'out-of-service';
  if (taking === (device.outOfService !== null)) {
    return refused(
      'not-allowed',
      taking ? `already out of service (${device.outOfService?.reason ?? ''})` : 'the device is in service',
    );
  }
  const outOfService = taking
    ? {
        by: actor.operator,
        reason: command.reason,
        since: at,
        until: command.hours ? at + command.hours * 3_600_000 : null,
      }
    : null;
  situation.store.actions.append({
    ...actor,
    at,
    action: command.action,
    alarmId: null,
    incidentId: null,
    deviceId: command.deviceId,
    detail: taking ? { reason: command.reason, ...(command.hours ? { hours: command.hours } : {}) } : {},
  });
  return { result: { ok: true }, changes: [situation.putDevice({ ...device, outOfService })] };
}

/** One validated seat command, judged and applied. Call inside a transaction; persist nothing on refusal. */
export function handleSeatCommand(situation: Situation, command: SeatCommand, actor: Actor, at: number): Handled {
  switch (command.action) {
    case 'acknowledge-incident':
      return acknowledgeIncident(situation, command.incidentId, actor, at);
    case 'out-of-service':
    case 'return-to-service':
      return setService(situation, command, actor, at);
    case 'start-shift':
    case 'end-shift':
    case 'acknowledge-handover':
      return handleShiftCommand(situation, command, actor, at);
    case 'log-occurrence':
      return logOccurrence(situation, command, actor, at);
    default:
      return onAlarm(situation, command, actor, at);
  }
}
