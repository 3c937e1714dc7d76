import type { StateCreator } from 'zustand';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { AlarmPolicy } from '../../shared/domain/alarm-policy.js';
import type { Incident } from '../../shared/domain/incident.js';
import { EMPTY_OPEN_ALARM_INDEX, type OpenAlarmIndex } from './open-alarm-index.js';
import type { WatchfloorState } from './state.js';
import { NO_URGENT_ALARMS, type UrgentTally } from './urgent-tally.js';

export type AlarmsSlice = {
  /** Open alarms only, by id; a resolved alarm leaves the map. */
  alarms: ReadonlyMap<number, Alarm>;
  /** Open alarm ids per device, kept beside `alarms` so a marker finds its own without a scan. */
  alarmIdsByDevice: ReadonlyMap<string, readonly number[]>;
  /** The open alarms' queue order, per-device lists and counts, kept beside `alarms` by the same writes. */
  openAlarmIndex: OpenAlarmIndex;
  /** The open alarms the desk calls out loud, and how often one became so, kept by the same writes. */
  urgentTally: UrgentTally;
  /** Open incidents by id; one leaves when the core closes it. */
  incidents: ReadonlyMap<number, Incident>;
  /** SOPs, note rules and shelving limits from the core; null until the first snapshot. */
  policy: AlarmPolicy | null;
  /** Raise time of every alarm this seat saw raised recently, by alarm id: the flood meter's input. */
  recentRaises: ReadonlyMap<number, number>;
};

export const createAlarmsSlice: StateCreator<WatchfloorState, [], [], AlarmsSlice> = () => ({
  alarms: new Map(),
  alarmIdsByDevice: new Map(),
  openAlarmIndex: EMPTY_OPEN_ALARM_INDEX,
  urgentTally: NO_URGENT_ALARMS,
  incidents: new Map(),
  policy: null,
  recentRaises: new Map(),
});
