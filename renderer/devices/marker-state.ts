import type { Alarm, AlarmState, Priority } from '../../shared/domain/alarm.js';
import type { CameraStatus } from '../../shared/contract/payloads.js';
import type { DeviceState, DoorState } from '../../shared/domain/device-state.js';

/** How a device reads on the map, most urgent first. */
export const MARKER_STATES = ['alarm', 'trouble', 'offline', 'ok', 'unknown'] as const;
export type MarkerState = (typeof MARKER_STATES)[number];

/** Alarms at or above this priority pulse until acknowledged (or shelved); lower ones stay steady to keep the map calm. */
export const PULSE_UP_TO_PRIORITY: Priority = 2;

const UNACKNOWLEDGED: ReadonlySet<AlarmState> = new Set(['unacknowledged-active', 'unacknowledged-returned']);

/** Door states that are trouble even without an open alarm (e.g. one already resolved while the door stays open). */
const TROUBLE_DOOR_STATES: ReadonlySet<DoorState> = new Set(['forced', 'held-open', 'fault']);

function hasEquipmentTrouble(device: DeviceState | undefined): boolean {
  if (!device) return false;
  if (device.camera && device.camera.status !== 'ok') return true;
  return device.door !== null && TROUBLE_DOOR_STATES.has(device.door.state);
}

/**
 * An open security alarm outranks everything; a silent device is shown as offline rather than by
 * the stale faults it last reported; equipment faults and trouble alarms make it amber.
 */
export function classifyMarker(device: DeviceState | undefined, openAlarms: readonly Alarm[]): MarkerState {
  if (openAlarms.some((alarm) => alarm.category === 'alarm')) return 'alarm';
  if (device?.online === false) return 'offline';
  if (openAlarms.length > 0 || hasEquipmentTrouble(device)) return 'trouble';
  if (device && (device.online === true || device.lastSeenAt !== null)) return 'ok';
  return 'unknown';
}

/** Everything a marker draws, as primitives so a memoised marker can compare it cheaply. */
export type MarkerLook = {
  state: MarkerState;
  pulse: boolean;
  /** Most urgent priority among the device's open alarms. */
  priority: Priority | null;
  door: DoorState | null;
  camera: CameraStatus | null;
};

export function describeMarker(device: DeviceState | undefined, openAlarms: readonly Alarm[]): MarkerLook {
  const state = classifyMarker(device, openAlarms);
  let priority: Priority | null = null;
  for (const alarm of openAlarms) if (priority === null || alarm.priority < priority) priority = alarm.priority;
  const pulse =
    state === 'alarm' &&
    openAlarms.some(
      (alarm) =>
        alarm.category === 'alarm' &&
        alarm.priority <= PULSE_UP_TO_PRIORITY &&
        UNACKNOWLEDGED.has(alarm.state) &&
        !alarm.shelved,
    );
  return { state, pulse, priority, door: device?.door?.state ?? null, camera: device?.camera?.status ?? null };
}
