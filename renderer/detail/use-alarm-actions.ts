import type { Alarm } from '../../shared/domain/alarm.js';
import { actionsUrl, parseActions, type ActionRecord } from './action-record.js';
import { useJson, type Fetched } from './use-json.js';

/** The alarm's action log from the core; fetched on open and again whenever the alarm's version changes. */
export function useAlarmActions(alarm: Pick<Alarm, 'id' | 'version'>): Fetched<ActionRecord[]> {
  return useJson(actionsUrl(alarm.id), parseActions, alarm.version);
}
