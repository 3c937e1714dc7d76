import type { Alarm, AlarmCategory } from '../../shared/domain/alarm.js';
import type { WatchfloorState } from './state.js';

const NO_ALARMS: readonly Alarm[] = [];

export function openAlarmsOfDevice(state: WatchfloorState, deviceId: string): readonly Alarm[] {
  const ids = state.alarmIdsByDevice.get(deviceId);
  if (!ids) return NO_ALARMS;
  return ids.flatMap((id) => state.alarms.get(id) ?? []);
}

export type FloorAlarmBadge = { count: number; level: AlarmCategory | null };

/** Open alarms on one floor and whether any of them is a security alarm (not just trouble). */
export function floorAlarmBadge(state: WatchfloorState, floorId: string): FloorAlarmBadge {
  let count = 0;
  let level: AlarmCategory | null = null;
  for (const alarm of state.alarms.values()) {
    if (state.placedById[alarm.deviceId]?.floorId !== floorId) continue;
    count += 1;
    if (alarm.category === 'alarm') level = 'alarm';
    else level ??= 'trouble';
  }
  return { count, level };
}

let unplacedInputs: [WatchfloorState['devices'], WatchfloorState['placedById']] | null = null;
let unplacedIds: string[] = [];

/** Devices the core knows that the site file does not place; recomputed only when either side changes. */
export function unplacedDeviceIds(state: WatchfloorState): string[] {
  if (unplacedInputs?.[0] !== state.devices || unplacedInputs[1] !== state.placedById) {
    unplacedInputs = [state.devices, state.placedById];
    unplacedIds = Object.keys(state.devices)
      .filter((id) => !(id in state.placedById))
      .sort();
  }
  return unplacedIds;
}
