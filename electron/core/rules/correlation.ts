import type { Alarm } from '../../../shared/domain/alarm.js';
import type { AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import type { Incident } from '../../../shared/domain/incident.js';

export type Correlation =
  | { kind: 'none' }
  | { kind: 'join'; incident: Incident }
  | { kind: 'open'; incident: Omit<Incident, 'id'>; withAlarm: Alarm };

const placeOf = (alarm: Pick<Alarm, 'floorId' | 'zone'>, by: 'floor' | 'zone') =>
  by === 'floor' ? alarm.floorId : alarm.zone;

/**
 * Security alarms (not trouble) on the same floor or zone within the window belong together: the
 * new alarm joins that place's open incident, or opens one with the open alarm it follows.
 */
export function correlate(
  alarm: Alarm,
  openIncidents: Iterable<Incident>,
  openAlarms: Iterable<Alarm>,
  { windowS, by }: AlarmPolicy['correlation'],
): Correlation {
  const place = placeOf(alarm, by);
  if (alarm.category !== 'alarm' || place === null || windowS === 0) return { kind: 'none' };
  const since = alarm.raisedAt - windowS * 1000;
  for (const incident of openIncidents) {
    if (incident.closedAt === null && placeOf(incident, by) === place && incident.lastAlarmAt >= since) {
      return {
        kind: 'join',
        incident: { ...incident, lastAlarmAt: alarm.raisedAt, alarmIds: [...incident.alarmIds, alarm.id] },
      };
    }
  }
  for (const other of openAlarms) {
    const near = other.id !== alarm.id && other.category === 'alarm' && other.incidentId === null;
    if (near && other.state !== 'resolved' && placeOf(other, by) === place && other.lastOccurredAt >= since) {
      return {
        kind: 'open',
        withAlarm: other,
        incident: {
          siteId: alarm.siteId,
          floorId: alarm.floorId,
          zone: by === 'zone' ? alarm.zone : null,
          openedAt: other.raisedAt,
          lastAlarmAt: alarm.raisedAt,
          alarmIds: [other.id, alarm.id],
          closedAt: null,
        },
      };
    }
  }
  return { kind: 'none' };
}
