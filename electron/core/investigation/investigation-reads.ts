import type { Database, Statement } from 'better-sqlite3';
import type { Channel } from '../../../shared/contract/topic.js';

export type EventRow = { device_id: string; channel: Channel; event_id: string; received_at: number; payload: string };

type Reads = { window: Statement; accessWindow: Statement; lastOf: Statement };
const cache = new WeakMap<Database, Reads>();

/** Per device, through events_by_device_time: a window of a few devices never scans the log. */
export function investigationReads(db: Database) {
  let reads = cache.get(db);
  if (!reads) {
    const columns = 'device_id, channel, event_id, received_at, payload';
    reads = {
      window: db.prepare(
        `SELECT ${columns} FROM events WHERE device_id = ? AND received_at >= ? AND received_at < ? ORDER BY received_at, seq LIMIT ?`,
      ),
      accessWindow: db.prepare(
        `SELECT ${columns} FROM events WHERE device_id = ? AND received_at >= ? AND received_at < ? AND channel = 'access'
          ORDER BY received_at, seq LIMIT ?`,
      ),
      lastOf: db.prepare(
        `SELECT ${columns} FROM events WHERE device_id = ? AND received_at <= ? AND channel = ?
          ORDER BY received_at DESC, seq DESC LIMIT 1`,
      ),
    };
    cache.set(db, reads);
  }
  const { window, accessWindow, lastOf } = reads;
  return {
    window: (deviceId: string, from: number, to: number, limit: number) =>
      window.all(deviceId, from, to, limit) as EventRow[],
    accessWindow: (deviceId: string, from: number, to: number, limit: number) =>
      accessWindow.all(deviceId, from, to, limit) as EventRow[],
    /** The device's last event on `channel` at or before `at`. */
    lastOf: (deviceId: string, channel: Channel, at: number) =>
      lastOf.get(deviceId, at, channel) as EventRow | undefined,
  };
}
