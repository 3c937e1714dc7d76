import type { Database } from 'better-sqlite3';
import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { Channel } from '../../../shared/contract/topic.js';
import { statementCache, whereClause } from './statement-cache.js';

export type StoredEvent = {
  seq: number;
  id: string;
  siteId: string;
  deviceId: string;
  channel: Channel;
  deviceTs: number | null;
  receivedAt: number;
  payload: unknown;
};

export type EventFilter = {
  siteId?: string | undefined;
  deviceId?: string | undefined;
  channel?: Channel | undefined;
  from?: number | undefined;
  to?: number | undefined;
  limit: number;
};

type Row = {
  seq: number;
  event_id: string;
  site_id: string;
  device_id: string;
  channel: Channel;
  device_ts: number | null;
  received_at: number;
  payload: string;
};

/** The append-only log of device events. Appends are deduplicated by (site, device, event id). */
export function eventLog(db: Database) {
  const insert = db.prepare(`INSERT OR IGNORE INTO events
    (site_id, device_id, event_id, channel, device_ts, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const prepared = statementCache(db);

  return {
    /** Appends the event unless already logged; true when it was new. Call inside the batch transaction. */
    append(event: DeviceEvent, rawPayload: string): boolean {
      const { siteId, deviceId, eventId, channel, deviceTs, receivedAt } = event;
      return insert.run(siteId, deviceId, eventId, channel, deviceTs, receivedAt, rawPayload).changes === 1;
    },

    /** Newest first. */
    query(filter: EventFilter): StoredEvent[] {
      const { where, values } = whereClause([
        filter.siteId ? { sql: 'site_id = ?', value: filter.siteId } : null,
        filter.deviceId ? { sql: 'device_id = ?', value: filter.deviceId } : null,
        filter.channel ? { sql: 'channel = ?', value: filter.channel } : null,
        filter.from !== undefined ? { sql: 'received_at >= ?', value: filter.from } : null,
        filter.to !== undefined ? { sql: 'received_at < ?', value: filter.to } : null,
      ]);
      const rows = prepared(`SELECT * FROM events ${where} ORDER BY received_at DESC, seq DESC LIMIT ?`).all(
        ...values,
        filter.limit,
      ) as Row[];
      return rows.map((row) => ({
        seq: row.seq,
        id: row.event_id,
        siteId: row.site_id,
        deviceId: row.device_id,
        channel: row.channel,
        deviceTs: row.device_ts,
        receivedAt: row.received_at,
        payload: JSON.parse(row.payload) as unknown,
      }));
    },
  };
}
export type EventLog = ReturnType<typeof eventLog>;
