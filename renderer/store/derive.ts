import type { Alarm, AlarmCategory } from '../../shared/domain/alarm.js';
import type { WatchfloorState } from './state.js';

const NO_ALARMS: readonly Alarm[] = [];

/** The same array until one of the device's open alarms changes, so a marker's check is one comparison. */
export function openAlarmsOfDevice(state: WatchfloorState, deviceId: string): readonly Alarm[] {
  return state.openAlarmIndex.byDevice.get(deviceId) ?? NO_ALARMS;
}

export type FloorAlarmBadge = { count: number; level: AlarmCategory | null };

/** Open alarms on one floor and whether any of them is a security alarm (not just trouble). */
export function floorAlarmBadge(state: WatchfloorState, floorId: string): FloorAlarmBadge {
  const tally = state.openAlarmIndex.byFloor.get(floorId);
  if (!tally) return { count: 0, level: null };
  return { count: tally.count, level: tally.alarms > 0 ? 'alarm' : 'trouble' };
}

/** Devices the core knows that the site file does not place (kept by the reducers). */
export const unplacedDeviceIds = (state: WatchfloorState): readonly string[] => state.unplacedDeviceIds;
