import type { Database } from 'better-sqlite3';
import type { Alarm, AlarmState, Priority } from '../../../shared/domain/alarm.js';
import { statementCache, whereClause } from './statement-cache.js';

type Row = {
  id: number;
  site_id: string;
  device_id: string;
  condition: Alarm['condition'];
  category: Alarm['category'];
  priority: Priority;
  state: AlarmState;
  count: number;
  raised_at: number;
  last_occurred_at: number;
  returned_at: number | null;
  acknowledged_at: number | null;
  resolved_at: number | null;
  zone: string | null;
  detail: string | null;
};

const toAlarm = (row: Row): Alarm => ({
  id: row.id,
  siteId: row.site_id,
  deviceId: row.device_id,
  condition: row.condition,
  category: row.category,
  priority: row.priority,
  state: row.state,
  count: row.count,
  raisedAt: row.raised_at,
  lastOccurredAt: row.last_occurred_at,
  returnedAt: row.returned_at,
  acknowledgedAt: row.acknowledged_at,
  resolvedAt: row.resolved_at,
  zone: row.zone,
  detail: row.detail,
});

export type AlarmFilter = {
  state?: AlarmState | 'open' | undefined;
  priority?: Priority | undefined;
  deviceId?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  limit: number;
};

export function alarmRecords(db: Database) {
  const insert = db.prepare(`INSERT INTO alarms (site_id, device_id, condition, category, priority, state, count,
      raised_at, last_occurred_at, returned_at, acknowledged_at, resolved_at, zone, detail)
    VALUES (@siteId, @deviceId, @condition, @category, @priority, @state, @count,
      @raisedAt, @lastOccurredAt, @returnedAt, @acknowledgedAt, @resolvedAt, @zone, @detail)`);
  const update = db.prepare(`UPDATE alarms SET priority = @priority, state = @state, count = @count,
      last_occurred_at = @lastOccurredAt, returned_at = @returnedAt, acknowledged_at = @acknowledgedAt,
      resolved_at = @resolvedAt, zone = @zone, detail = @detail WHERE id = @id`);
  const open = db.prepare("SELECT * FROM alarms WHERE state <> 'resolved' ORDER BY priority, raised_at");
  const prepared = statementCache(db);

  return {
    insert(alarm: Omit<Alarm, 'id'>): Alarm {
      const id = Number(insert.run(alarm).lastInsertRowid);
      return { ...alarm, id };
    },
    update(alarm: Alarm): void {
      update.run(alarm);
    },
    open: (): Alarm[] => (open.all() as Row[]).map(toAlarm),
    /** Newest raised first. */
    query(filter: AlarmFilter): Alarm[] {
      const { where, values } = whereClause([
        filter.state === 'open'
          ? { sql: 'state <> ?', value: 'resolved' }
          : filter.state
            ? { sql: 'state = ?', value: filter.state }
            : null,
        filter.priority ? { sql: 'priority = ?', value: filter.priority } : null,
        filter.deviceId ? { sql: 'device_id = ?', value: filter.deviceId } : null,
        filter.from !== undefined ? { sql: 'raised_at >= ?', value: filter.from } : null,
        filter.to !== undefined ? { sql: 'raised_at < ?', value: filter.to } : null,
      ]);
      const rows = prepared(`SELECT * FROM alarms ${where} ORDER BY raised_at DESC, id DESC LIMIT ?`).all(
        ...values,
        filter.limit,
      ) as Row[];
      return rows.map(toAlarm);
    },
  };
}
export type AlarmRecords = ReturnType<typeof alarmRecords>;
