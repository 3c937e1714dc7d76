import type { Database } from 'better-sqlite3';
import type { AlarmHistory } from '../../../shared/review/review-results.js';
import type { ActionLog } from '../store/action-log.js';
import type { AlarmRecords } from '../store/alarm-records.js';
import { toIncident, type IncidentRow } from '../store/incident-records.js';
import { toTimelineEvent, type EventRow } from './timeline-rows.js';

/** How far before the raise the device's events are shown: what led up to it. */
export const EVENTS_BEFORE_RAISE_MS = 10 * 60_000;
/** How far after the resolution: the door closing after the guard resolved it. */
export const EVENTS_AFTER_RESOLVE_MS = 5 * 60_000;
/** Device events shown with one alarm at most; a chattering sensor can send thousands. */
export const MAX_ALARM_EVENTS = 500;

/** One alarm's whole story: the record, every logged action and note, its incident, and its device's events around it. */
export function alarmHistory(
  db: Database,
  alarms: Pick<AlarmRecords, 'get'>,
  actions: Pick<ActionLog, 'forAlarm'>,
  now: () => number = Date.now,
) {
  const events = db.prepare(`SELECT seq, event_id, device_id, channel, device_ts, received_at, payload FROM events
    WHERE device_id = ? AND received_at >= ? AND received_at <= ? ORDER BY received_at, seq LIMIT ?`);
  const incident = db.prepare('SELECT * FROM incidents WHERE id = ?');

  return (id: number): AlarmHistory | undefined => {
    const alarm = alarms.get(id);
    if (!alarm) return undefined;
    const until = alarm.resolvedAt === null ? now() : alarm.resolvedAt + EVENTS_AFTER_RESOLVE_MS;
    const rows = events.all(
      alarm.deviceId,
      alarm.raisedAt - EVENTS_BEFORE_RAISE_MS,
      until,
      MAX_ALARM_EVENTS + 1,
    ) as EventRow[];
    const incidentRow =
      alarm.incidentId === null ? undefined : (incident.get(alarm.incidentId) as IncidentRow | undefined);
    return {
      alarm,
      actions: actions.forAlarm(id),
      deviceEvents: rows.slice(0, MAX_ALARM_EVENTS).map(toTimelineEvent),
      deviceEventsCapped: rows.length > MAX_ALARM_EVENTS,
      incident: incidentRow ? toIncident(incidentRow) : null,
    };
  };
}
