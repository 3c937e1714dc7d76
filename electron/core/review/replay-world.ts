import type { AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import type { Alarm, AlarmCondition } from '../../../shared/domain/alarm.js';
import type { DeviceState } from '../../../shared/domain/device-state.js';
import type { Incident } from '../../../shared/domain/incident.js';
import type { Site } from '../../../shared/domain/site.js';
import type { ReplayChange, ReplayPicture } from '../../../shared/review/review-results.js';

/**
 * The desk's picture at one instant, as the live Situation holds it: devices, open alarms, open
 * incidents. Values are never mutated, only replaced, so a copy of the maps is a whole snapshot.
 * Map order matters as it does live: correlation takes the first matching open alarm.
 */
export type ReplayWorld = {
  at: number;
  /** Rows applied since the start of the log that could not be replayed as logged. */
  divergences: number;
  devices: Map<string, DeviceState>;
  alarms: Map<number, Alarm>;
  openByCondition: Map<string, number>;
  incidents: Map<number, Incident>;
};

/** What does not change during a replay: the site's placement and the alarm policy. */
export type ReplayEnv = {
  siteId: string;
  timezone: string;
  policy: AlarmPolicy;
  placement: ReadonlyMap<string, { zone: string | null; floorId: string }>;
};

/** What the replay asks the log while applying rows, and where it reports what it did. */
export type ReplayLog = {
  /** The id the live desk gave the alarm a raise created: from its raise row, which it consumes. */
  takeRaiseId(deviceId: string, condition: AlarmCondition, at: number): number | undefined;
  raiseTaken(seq: number): boolean;
  storedAlarm(id: number): Alarm | undefined;
  /** The incident the live desk opened at `openedAt` holding exactly these alarms first. */
  incidentId(openedAt: number, firstAlarmIds: readonly [number, number]): number | undefined;
  emit(change: ReplayChange): void;
  diverged(why: string): void;
};

export const deviceKey = (siteId: string, deviceId: string) => `${siteId}/${deviceId}`;
export const conditionKey = (siteId: string, deviceId: string, condition: AlarmCondition) =>
  `${siteId}/${deviceId}/${condition}`;

export const emptyWorld = (at: number): ReplayWorld => ({
  at,
  divergences: 0,
  devices: new Map(),
  alarms: new Map(),
  openByCondition: new Map(),
  incidents: new Map(),
});

export const copyWorld = (world: ReplayWorld): ReplayWorld => ({
  at: world.at,
  divergences: world.divergences,
  devices: new Map(world.devices),
  alarms: new Map(world.alarms),
  openByCondition: new Map(world.openByCondition),
  incidents: new Map(world.incidents),
});

export const picture = (world: ReplayWorld): ReplayPicture => ({
  at: world.at,
  devices: [...world.devices.values()],
  alarms: [...world.alarms.values()],
  incidents: [...world.incidents.values()],
});

export function replayEnv(site: Site | null, policy: AlarmPolicy): ReplayEnv {
  return {
    siteId: site?.id ?? 'unknown',
    timezone: site?.timezone ?? 'UTC',
    policy,
    placement: new Map(
      site?.devices.map((device) => [device.id, { zone: device.zone ?? null, floorId: device.floorId }]),
    ),
  };
}

export function putDevice(world: ReplayWorld, log: ReplayLog, device: DeviceState, at: number): void {
  world.devices.set(deviceKey(device.siteId, device.deviceId), device);
  log.emit({ at, kind: 'device', device });
}

export function putIncident(world: ReplayWorld, log: ReplayLog, incident: Incident, at: number): void {
  if (incident.closedAt === null) world.incidents.set(incident.id, incident);
  else world.incidents.delete(incident.id);
  log.emit({ at, kind: 'incident', incident });
}

/** As Situation.putAlarm: a resolved alarm leaves the open set and may close its incident. */
export function putAlarm(world: ReplayWorld, log: ReplayLog, alarm: Alarm, at: number): void {
  const key = conditionKey(alarm.siteId, alarm.deviceId, alarm.condition);
  log.emit({ at, kind: 'alarm', alarm });
  if (alarm.state !== 'resolved') {
    world.alarms.set(alarm.id, alarm);
    world.openByCondition.set(key, alarm.id);
    return;
  }
  world.alarms.delete(alarm.id);
  world.openByCondition.delete(key);
  const incident = alarm.incidentId === null ? undefined : world.incidents.get(alarm.incidentId);
  if (incident && !incident.alarmIds.some((id) => world.alarms.has(id)))
    putIncident(world, log, { ...incident, closedAt: alarm.resolvedAt ?? at }, at);
}
