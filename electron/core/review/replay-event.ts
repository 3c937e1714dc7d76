import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { Alarm } from '../../../shared/domain/alarm.js';
import { emptyDeviceState } from '../../../shared/domain/device-state.js';
import { observeConditions } from '../rules/alarm-conditions.js';
import { decideAlarmChanges } from '../rules/alarm-raising.js';
import { correlate } from '../rules/correlation.js';
import { projectDevice } from '../rules/device-projection.js';
import {
  conditionKey,
  deviceKey,
  putAlarm,
  putDevice,
  putIncident,
  type ReplayEnv,
  type ReplayLog,
  type ReplayWorld,
} from './replay-world.js';

/** As Situation.correlateNew, with the incident id the live desk's insert got. */
export function correlateNew(world: ReplayWorld, env: ReplayEnv, log: ReplayLog, alarm: Alarm, at: number): void {
  const verdict = correlate(alarm, world.incidents.values(), world.alarms.values(), env.policy.correlation);
  if (verdict.kind === 'none') return;
  const [firstId = 0, secondId = 0] = verdict.incident.alarmIds;
  const id =
    verdict.kind === 'join' ? verdict.incident.id : log.incidentId(verdict.incident.openedAt, [firstId, secondId]);
  if (id === undefined) return log.diverged(`no stored incident for alarms ${firstId} and ${secondId}`);
  const incident = { ...verdict.incident, id };
  const members =
    verdict.kind === 'open' ? [world.alarms.get(verdict.withAlarm.id) ?? verdict.withAlarm, alarm] : [alarm];
  putIncident(world, log, incident, at);
  for (const member of members) putAlarm(world, log, { ...member, incidentId: id, version: member.version + 1 }, at);
}

/**
 * One stored event, as Situation.record applied it: the same projection, conditions and raising
 * rules. A raise takes the id from the live desk's raise row; none means the live desk did not
 * raise it (a policy changed since), so neither does the replay.
 */
export function replayEvent(world: ReplayWorld, env: ReplayEnv, log: ReplayLog, event: DeviceEvent): void {
  const { siteId, deviceId, receivedAt: at } = event;
  const before = world.devices.get(deviceKey(siteId, deviceId)) ?? emptyDeviceState(siteId, deviceId);
  const device = projectDevice(before, event);
  putDevice(world, log, device, at);
  const placed = env.placement.get(deviceId);
  const changes = decideAlarmChanges(observeConditions(event), {
    siteId,
    deviceId,
    at,
    zone: placed?.zone ?? null,
    floorId: placed?.floorId ?? null,
    timezone: env.timezone,
    policy: env.policy,
    outOfService: device.outOfService !== null,
    openAlarm: (condition) => {
      const id = world.openByCondition.get(conditionKey(siteId, deviceId, condition));
      return id === undefined ? undefined : world.alarms.get(id);
    },
  });
  for (const change of changes) {
    if (change.kind === 'update') {
      putAlarm(world, log, change.alarm, at);
      continue;
    }
    const id = log.takeRaiseId(deviceId, change.alarm.condition, at);
    if (id === undefined) {
      log.diverged(`${change.alarm.condition} at ${deviceId} would raise now but was not raised then`);
      continue;
    }
    const alarm = { ...change.alarm, id };
    putAlarm(world, log, alarm, at);
    correlateNew(world, env, log, alarm, at);
  }
}
