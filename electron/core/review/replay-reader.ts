import type { Database, Statement } from 'better-sqlite3';
import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import { channelPayloadSchemas } from '../../../shared/contract/payloads.js';
import type { Channel } from '../../../shared/contract/topic.js';
import type { ActionRecord } from '../../../shared/domain/action-record.js';

/** Rows read per query: the reader holds at most about this many of each source in memory. */
export const REPLAY_READ_CHUNK = 2_000;

/** Strictly after this (time, seq) in one source. */
export type After = { at: number; seq: number };
/** Where a replay stands in both logs: the next rows are after these. */
export type ReplayPosition = { event: After; action: After };

export const START: ReplayPosition = { event: { at: -1, seq: 0 }, action: { at: -1, seq: 0 } };

type EventRow = {
  seq: number;
  event_id: string;
  site_id: string;
  device_id: string;
  channel: Channel;
  device_ts: number | null;
  received_at: number;
  payload: string;
};
type ActionRow = Omit<ActionRecord, 'detail' | 'prevHash' | 'hash'> & { detail: string };

export type ReplayRow =
  | { source: 'event'; at: number; seq: number; event: DeviceEvent | null }
  | { source: 'action'; at: number; seq: number; action: ActionRecord };

/** The stored payload through the channel's contract schema, as the live decode did; null if it no longer parses. */
function toEvent(row: EventRow): DeviceEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(row.payload);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  // The stored id and device time are the ones the event was logged under; a payload without them
  // (a status last will) was given them by the console, so the payload is judged with them.
  const parsed = channelPayloadSchemas[row.channel].safeParse({
    id: row.event_id,
    ...(row.device_ts === null ? {} : { ts: row.device_ts }),
    ...json,
  });
  if (!parsed.success) return null;
  const base = { siteId: row.site_id, deviceId: row.device_id, eventId: row.event_id, deviceTs: row.device_ts };
  // The schema table is keyed by channel, so the payload matches the channel; TS cannot correlate the two.
  return { ...base, receivedAt: row.received_at, channel: row.channel, payload: parsed.data } as DeviceEvent;
}

class Buffered<T extends { at: number; seq: number }> {
  private rows: T[] = [];
  private index = 0;
  private exhausted = false;
  constructor(
    private after: After,
    private readonly until: number,
    private readonly read: (after: After, until: number) => T[],
  ) {}
  peek(): T | undefined {
    if (this.index >= this.rows.length) this.refill();
    return this.rows[this.index];
  }
  take(): T | undefined {
    const row = this.peek();
    if (row) {
      this.index += 1;
      this.after = { at: row.at, seq: row.seq };
    }
    return row;
  }
  get position(): After {
    return this.after;
  }
  /** The rows at time `at` not yet taken (all rows before `at` are), reading on until the buffer is past it. */
  rowsAt(at: number): T[] {
    while (!this.exhausted && (this.rows.at(-1)?.at ?? -Infinity) <= at) this.extend();
    const found: T[] = [];
    for (let i = this.index; i < this.rows.length; i += 1) {
      const row = this.rows[i];
      if (!row || row.at > at) break;
      if (row.at === at) found.push(row);
    }
    return found;
  }
  private refill(): void {
    this.rows = [];
    this.index = 0;
    this.extend();
  }
  private extend(): void {
    if (this.exhausted) return;
    const last = this.rows.at(-1);
    const next = this.read(last ? { at: last.at, seq: last.seq } : this.after, this.until);
    if (next.length < REPLAY_READ_CHUNK) this.exhausted = true;
    this.rows.push(...next);
  }
}

/**
 * Events and actions up to `until` (inclusive), merged in the order replay applies them: time,
 * then events before actions, then seq. Reads in chunks by the time indexes.
 */
export function replayReader(db: Database) {
  const events: Statement = db.prepare(`SELECT seq, event_id, site_id, device_id, channel, device_ts, received_at,
    payload FROM events WHERE received_at >= ? AND (received_at > ? OR seq > ?) AND received_at <= ?
    ORDER BY received_at, seq LIMIT ${REPLAY_READ_CHUNK}`);
  const actions: Statement = db.prepare(`SELECT seq, at, operator, seat, action, alarm_id AS alarmId,
    incident_id AS incidentId, device_id AS deviceId, detail FROM actions
    WHERE at >= ? AND (at > ? OR seq > ?) AND at <= ? ORDER BY at, seq LIMIT ${REPLAY_READ_CHUNK}`);

  return (from: ReplayPosition, until: number) => {
    const eventRows = new Buffered(from.event, until, (after, to) =>
      (events.all(after.at, after.at, after.seq, to) as EventRow[]).map((row) => ({
        source: 'event' as const,
        at: row.received_at,
        seq: row.seq,
        event: toEvent(row),
      })),
    );
    const actionRows = new Buffered(from.action, until, (after, to) =>
      (actions.all(after.at, after.at, after.seq, to) as ActionRow[]).map((row) => ({
        source: 'action' as const,
        at: row.at,
        seq: row.seq,
        action: { ...row, detail: JSON.parse(row.detail) as Record<string, unknown>, prevHash: '', hash: '' },
      })),
    );
    return {
      /** The time of the row next() would give, without taking it. */
      peekAt(): number | undefined {
        const event = eventRows.peek();
        const action = actionRows.peek();
        return event && (!action || event.at <= action.at) ? event.at : action?.at;
      },
      next(): ReplayRow | undefined {
        const event = eventRows.peek();
        const action = actionRows.peek();
        if (event && (!action || event.at <= action.at)) return eventRows.take();
        return actionRows.take();
      },
      /** Actions logged at exactly `at` not yet applied: where a raise row is found ahead of its event. */
      actionsAt: (at: number): ActionRecord[] => actionRows.rowsAt(at).map((row) => row.action),
      position: (): ReplayPosition => ({ event: eventRows.position, action: actionRows.position }),
    };
  };
}
export type ReplayReader = ReturnType<ReturnType<typeof replayReader>>;
