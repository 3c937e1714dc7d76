import type { TimelineQuery } from '../../../shared/review/review-query.js';
import type { DeviceScope } from './device-scope.js';
import { SOURCE, type TimelineCursor } from './timeline-cursor.js';

/** A condition and its values, in the order its placeholders appear. SQL text from fixed fragments only. */
type Part = { sql: string; values: unknown[] };
export type SourceQuery = Part;

type Filter = Omit<TimelineQuery, 'after' | 'limit' | 'building' | 'floor' | 'zone' | 'device'>;

const part = (sql: string, ...values: unknown[]): Part => ({ sql, values });

const joined = (parts: readonly (Part | null)[]): Part => {
  const present = parts.filter((p): p is Part => p !== null);
  return { sql: present.map((p) => p.sql).join(' AND '), values: present.flatMap((p) => p.values) };
};

/**
 * One device reads its own index in time order. Several are one placeholder holding a JSON array
 * (one statement per shape, however many devices a place has), filtered along the time index:
 * the `+` keeps SQLite from reading each device's range and sorting them all.
 */
const inScope = (column: string, scope: DeviceScope): Part | null => {
  if (scope === null) return null;
  if (scope.length === 1) return part(`${column} = ?`, scope[0]);
  return part(`+${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(scope));
};

/** Rows of one source strictly after the cursor in (time, source, seq) order; the first bound keeps the index range. */
function afterCursor(time: string, seq: string, source: 0 | 1, cursor: TimelineCursor | null): Part | null {
  if (!cursor) return null;
  if (cursor.source < source) return part(`${time} >= ?`, cursor.at);
  if (cursor.source > source) return part(`${time} > ?`, cursor.at);
  return part(`${time} >= ? AND (${time} > ? OR ${seq} > ?)`, cursor.at, cursor.at, cursor.seq);
}

/**
 * Device events in the range. Events carry no condition, guard or disposition, so any of those
 * filters leaves them out; so does an empty place (a zone with no devices).
 */
export function eventsQuery(
  filter: Filter,
  scope: DeviceScope,
  cursor: TimelineCursor | null,
  limit: number,
): SourceQuery | null {
  if (filter.include === 'actions' || filter.condition || filter.guard || filter.disposition) return null;
  if (scope !== null && scope.length === 0) return null;
  const where = joined([
    part('received_at >= ? AND received_at < ?', filter.from, filter.to),
    inScope('device_id', scope),
    afterCursor('received_at', 'seq', SOURCE.event, cursor),
  ]);
  return {
    sql: `SELECT seq, event_id, device_id, channel, device_ts, received_at, payload FROM events
      WHERE ${where.sql} ORDER BY received_at, seq LIMIT ?`,
    values: [...where.values, limit],
  };
}

/** Guard and core actions in the range, with the gist of the alarm each concerns. */
export function actionsQuery(
  filter: Filter,
  scope: DeviceScope,
  cursor: TimelineCursor | null,
  limit: number,
): SourceQuery | null {
  if (filter.include === 'events') return null;
  if (scope !== null && scope.length === 0) return null;
  const where = joined([
    part('actions.at >= ? AND actions.at < ?', filter.from, filter.to),
    inScope('actions.device_id', scope),
    filter.guard ? part('actions.operator = ?', filter.guard) : null,
    // `+`: the alarm filters are checked per action along the time index, never the other way round.
    filter.condition ? part('+alarms.condition = ?', filter.condition) : null,
    filter.disposition ? part('+alarms.disposition = ?', filter.disposition) : null,
    afterCursor('actions.at', 'actions.seq', SOURCE.action, cursor),
  ]);
  return {
    sql: `SELECT actions.seq, actions.at, actions.operator, actions.seat, actions.action, actions.alarm_id,
        actions.incident_id, actions.device_id, actions.detail, alarms.condition, alarms.priority, alarms.disposition
      FROM actions LEFT JOIN alarms ON alarms.id = actions.alarm_id
      WHERE ${where.sql} ORDER BY actions.at, actions.seq LIMIT ?`,
    values: [...where.values, limit],
  };
}
