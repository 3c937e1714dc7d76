import type { Database } from 'better-sqlite3';
import type { Alarm, AlarmState, Disposition, Priority } from '../../../shared/domain/alarm.js';
import { statementCache, whereClause } from './statement-cache.js';

export type AlarmFilter = {
  state?: AlarmState | 'open' | undefined;
  priority?: Priority | undefined;
  deviceId?: string | undefined;
  disposition?: Disposition | undefined;
  from?: number | undefined;
  to?: number | undefined;
  limit: number;
};

/** The filterable columns are kept beside the full record so queries use indexes, not JSON. */
const columns = (alarm: Alarm) => ({
  id: alarm.id,
  siteId: alarm.siteId,
  deviceId: alarm.deviceId,
  condition: alarm.condition,
  category: alarm.category,
  priority: alarm.priority,
  state: alarm.state,
  count: alarm.count,
  raisedAt: alarm.raisedAt,
  lastOccurredAt: alarm.lastOccurredAt,
  returnedAt: alarm.returnedAt,
  acknowledgedAt: alarm.acknowledgedAt,
  resolvedAt: alarm.resolvedAt,
  zone: alarm.zone,
  detail: alarm.detail,
  disposition: alarm.disposition,
  incidentId: alarm.incidentId,
  record: JSON.stringify(alarm),
});

const fromRow = (row: { id: number; record: string }): Alarm => ({ ...(JSON.parse(row.record) as Alarm), id: row.id });

/** Alarms changed within one coalescing batch at most before they are written early; a batch touches few. */
export const MAX_COALESCED_ALARMS = 10_000;

export function alarmRecords(db: Database) {
  const insert = db.prepare(`INSERT INTO alarms (site_id, device_id, condition, category, priority, state, count,
      raised_at, last_occurred_at, returned_at, acknowledged_at, resolved_at, zone, detail, disposition, incident_id, record)
    VALUES (@siteId, @deviceId, @condition, @category, @priority, @state, @count, @raisedAt, @lastOccurredAt,
      @returnedAt, @acknowledgedAt, @resolvedAt, @zone, @detail, @disposition, @incidentId, @record)`);
  const update = db.prepare(`UPDATE alarms SET priority = @priority, state = @state, count = @count,
      last_occurred_at = @lastOccurredAt, returned_at = @returnedAt, acknowledged_at = @acknowledgedAt,
      resolved_at = @resolvedAt, zone = @zone, detail = @detail, disposition = @disposition,
      incident_id = @incidentId, record = @record WHERE id = @id`);
  const open = db.prepare("SELECT id, record FROM alarms WHERE state <> 'resolved' ORDER BY priority, raised_at");
  const byId = db.prepare('SELECT id, record FROM alarms WHERE id = ?');
  const prepared = statementCache(db);
  // While a batch coalesces, an alarm changed many times is written once, with its last version.
  let coalesced: Map<number, Alarm> | null = null;
  const writeCoalesced = () => {
    if (!coalesced) return;
    for (const alarm of coalesced.values()) update.run(columns(alarm));
    coalesced.clear();
  };
  const write = (alarm: Alarm) => {
    if (!coalesced) return void update.run(columns(alarm));
    if (coalesced.size >= MAX_COALESCED_ALARMS && !coalesced.has(alarm.id)) writeCoalesced();
    coalesced.delete(alarm.id);
    coalesced.set(alarm.id, alarm);
  };

  return {
    /** Stores a new alarm and returns it with its id. */
    insert(alarm: Omit<Alarm, 'id'>): Alarm {
      // Pending writes first: one of them may resolve the open alarm this one replaces (alarms_one_open).
      writeCoalesced();
      const id = Number(insert.run(columns({ ...alarm, id: 0 })).lastInsertRowid);
      const stored = { ...alarm, id };
      // The record was written before its id was known: write it again with the id.
      write(stored);
      return stored;
    },
    update(alarm: Alarm): void {
      write(alarm);
    },
    /**
     * Runs `work` (inside the caller's transaction) with alarm updates gathered and each changed
     * alarm written once at the end: a chattering input costs one row write per batch, not per event.
     * Inside `work`, `get` sees pending changes; `open` and `query` see the rows as last written.
     */
    coalescing<T>(work: () => T): T {
      if (coalesced) return work();
      coalesced = new Map();
      try {
        const result = work();
        writeCoalesced();
        return result;
      } finally {
        coalesced = null;
      }
    },
    get(id: number): Alarm | undefined {
      const pending = coalesced?.get(id);
      if (pending) return pending;
      const row = byId.get(id) as { id: number; record: string } | undefined;
      return row ? fromRow(row) : undefined;
    },
    open: (): Alarm[] => (open.all() as { id: number; record: string }[]).map(fromRow),
    /** Newest raised first. */
    query(filter: AlarmFilter): Alarm[] {
      const { where, values } = whereClause([
        // Written out so the planner can use the open-alarm index of migration 9.
        filter.state === 'open'
          ? { sql: "state <> 'resolved'", fixed: true }
          : filter.state
            ? { sql: 'state = ?', value: filter.state }
            : null,
        filter.priority ? { sql: 'priority = ?', value: filter.priority } : null,
        filter.deviceId ? { sql: 'device_id = ?', value: filter.deviceId } : null,
        filter.disposition ? { sql: 'disposition = ?', value: filter.disposition } : null,
        filter.from !== undefined ? { sql: 'raised_at >= ?', value: filter.from } : null,
        filter.to !== undefined ? { sql: 'raised_at < ?', value: filter.to } : null,
      ]);
      const rows = prepared(`SELECT id, record FROM alarms ${where} ORDER BY raised_at DESC, id DESC LIMIT ?`).all(
        ...values,
        filter.limit,
      ) as { id: number; record: string }[];
      return rows.map(fromRow);
    },
  };
}
export type AlarmRecords = ReturnType<typeof alarmRecords>;
