import type { StateCreator } from 'zustand';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { WatchfloorState } from './state.js';

export type AlarmsSlice = {
  /** Open alarms only, by id; a resolved alarm leaves the map. */
  alarms: ReadonlyMap<number, Alarm>;
  /** Open alarm ids per device, kept beside `alarms` so a marker finds its own without a scan. */
  alarmIdsByDevice: ReadonlyMap<string, readonly number[]>;
};

export const createAlarmsSlice: StateCreator<WatchfloorState, [], [], AlarmsSlice> = () => ({
  alarms: new Map(),
  alarmIdsByDevice: new Map(),
});
