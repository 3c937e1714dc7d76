import type { Alarm } from '../../../shared/domain/alarm.js';
import type { DeviceState } from '../../../shared/domain/device-state.js';
import type { Incident } from '../../../shared/domain/incident.js';
import { deviceKey, type ReplayWorld } from './replay-world.js';

/** Bumped when the stored shape changes: a keyframe of another version is not decoded, it is rebuilt. */
export const WORLD_CODEC_VERSION = 1;

type StoredWorld = {
  version: typeof WORLD_CODEC_VERSION;
  at: number;
  divergences: number;
  devices: DeviceState[];
  alarms: Alarm[];
  /** Kept as it was, not derived from the alarms: a restored raise may share a condition with an open alarm. */
  openByCondition: [string, number][];
  incidents: Incident[];
};

/**
 * The world as JSON. Maps are written as their values in iteration order, which the decode
 * restores: correlation takes the first matching open alarm, so order is part of the picture.
 */
export function encodeWorld(world: ReplayWorld): string {
  const stored: StoredWorld = {
    version: WORLD_CODEC_VERSION,
    at: world.at,
    divergences: world.divergences,
    devices: [...world.devices.values()],
    alarms: [...world.alarms.values()],
    openByCondition: [...world.openByCondition],
    incidents: [...world.incidents.values()],
  };
  return JSON.stringify(stored);
}

/** The world a keyframe holds, or null if it was written in another shape. */
export function decodeWorld(text: string): ReplayWorld | null {
  const stored = JSON.parse(text) as StoredWorld;
  if (stored.version !== WORLD_CODEC_VERSION) return null;
  return {
    at: stored.at,
    divergences: stored.divergences,
    devices: new Map(stored.devices.map((device) => [deviceKey(device.siteId, device.deviceId), device])),
    alarms: new Map(stored.alarms.map((alarm) => [alarm.id, alarm])),
    openByCondition: new Map(stored.openByCondition),
    incidents: new Map(stored.incidents.map((incident) => [incident.id, incident])),
  };
}
