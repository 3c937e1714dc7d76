import type { Channel } from '../../../shared/contract/topic.js';
import type { AlarmCondition, Disposition, Priority } from '../../../shared/domain/alarm.js';
import type { TimelineAction, TimelineEvent } from '../../../shared/review/review-results.js';
import { encodeCursor, SOURCE } from './timeline-cursor.js';

export type EventRow = {
  seq: number;
  event_id: string;
  device_id: string;
  channel: Channel;
  device_ts: number | null;
  received_at: number;
  payload: string;
};

export type ActionRow = {
  seq: number;
  at: number;
  operator: string;
  seat: string;
  action: string;
  alarm_id: number | null;
  incident_id: number | null;
  device_id: string | null;
  detail: string;
  condition: AlarmCondition | null;
  priority: Priority | null;
  disposition: Disposition | null;
};

export const toTimelineEvent = (row: EventRow): TimelineEvent => ({
  kind: 'event',
  cursor: encodeCursor({ at: row.received_at, source: SOURCE.event, seq: row.seq }),
  at: row.received_at,
  seq: row.seq,
  deviceId: row.device_id,
  channel: row.channel,
  eventId: row.event_id,
  deviceTs: row.device_ts,
  payload: JSON.parse(row.payload) as unknown,
});

export const toTimelineAction = (row: ActionRow): TimelineAction => ({
  kind: 'action',
  cursor: encodeCursor({ at: row.at, source: SOURCE.action, seq: row.seq }),
  at: row.at,
  seq: row.seq,
  action: row.action,
  operator: row.operator,
  seat: row.seat,
  alarmId: row.alarm_id,
  incidentId: row.incident_id,
  deviceId: row.device_id,
  detail: JSON.parse(row.detail) as Record<string, unknown>,
  alarm:
    row.condition !== null && row.priority !== null
      ? { condition: row.condition, priority: row.priority, disposition: row.disposition }
      : null,
});
