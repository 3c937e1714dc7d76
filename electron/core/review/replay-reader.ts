import type { Database, Statement } from 'better-sqlite3';
import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { ActionRecord } from '../../../shared/domain/action-record.js';
import { storedEvent, type StoredEventRow } from './replay-stored-event.js';

/** Rows read per query: the reader holds at most about this many of each source in memory. */
export const REPLAY_READ_CHUNK = 2_000;

/** Strictly after this (time, seq) in one source. */
export type After = { at: number; seq: number };
/** Where a replay stands in both logs: the next rows are after these. */
export type ReplayPosition = { event: After; action: After };

export const START: ReplayPosition = { event: { at: -1, seq: 0 }, action: { at: -1, seq: 0 } };

type ActionRow = [
  seq: number,
  at: number,
  operator: string,
  seat: string,
  action: string,
  alarmId: number | null,
  incidentId: number | null,
  deviceId: string | null,
  detail: string,
];

type EventReplayRow = { source: 'event'; at: number; seq: number; event: DeviceEvent | null };
type ActionReplayRow = { source: 'action'; at: number; seq: number; action: ActionRecord };
export type ReplayRow = EventReplayRow | ActionReplayRow;

// Rows are read raw (arrays, not objects keyed by column name) and turned straight into replay
// rows: it halves what reading a row costs, and replay reads every row it applies.
function eventRows(rows: StoredEventRow[]): EventReplayRow[] {
  const out = new Array<EventReplayRow>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as StoredEventRow;
    out[i] = { source: 'event', at: row[6], seq: row[0], event: storedEvent(row) };
  }
  return out;
}

function actionRows(rows: ActionRow[]): ActionReplayRow[] {
  const out = new Array<ActionReplayRow>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const [seq, at, operator, seat, action, alarmId, incidentId, deviceId, detail] = rows[i] as ActionRow;
    const record: ActionRecord = {
      seq,
      at,
      operator,
      seat,
      action,
      alarmId,
      incidentId,
      deviceId,
      detail: JSON.parse(detail) as Record<string, unknown>,
      prevHash: '',
      hash: '',
    };
    out[i] = { source: 'action', at, seq, action: record };
  }
  return out;
}

class Buffered<T extends { at: number; seq: number }> {
  private rows: T[] = [];
  private index = 0;
  private exhausted = false;
  /** The last row taken: the position is read from it when asked, not copied for every row. */
  private taken: T | undefined;
  constructor(
    private readonly after: After,
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
      this.taken = row;
    }
    return row;
  }
  get position(): After {
    return this.taken ? { at: this.taken.at, seq: this.taken.seq } : this.after;
  }
  /** The rows at time `at` not yet taken (all rows before `at` are), reading on until the buffer is past it. */
  rowsAt(at: number): T[] {
    // Asked for every raise the rules decide; mostly the next row is later already.
    if ((this.rows[this.index]?.at ?? -Infinity) > at) return [];
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
    const next = this.read(last ? { at: last.at, seq: last.seq } : this.position, this.until);
    if (next.length < REPLAY_READ_CHUNK) this.exhausted = true;
    this.rows.push(...next);
  }
}

/**
 * Events and actions up to `until` (inclusive), merged in the order replay applies them: time,
 * then events before actions, then seq. Reads in chunks by the time indexes.
 */
export function replayReader(db: Database) {
  // The column order is StoredEventRow's and ActionRow's.
  const events: Statement = db
    .prepare(
      `SELECT seq, event_id, site_id, device_id, channel, device_ts, received_at, payload FROM events
    WHERE received_at >= ? AND (received_at > ? OR seq > ?) AND received_at <= ?
    ORDER BY received_at, seq LIMIT ${REPLAY_READ_CHUNK}`,
    )
    .raw();
  const actions: Statement = db
    .prepare(
      `SELECT seq, at, operator, seat, action, alarm_id, incident_id, device_id, detail FROM actions
    WHERE at >= ? AND (at > ? OR seq > ?) AND at <= ? ORDER BY at, seq LIMIT ${REPLAY_READ_CHUNK}`,
    )
    .raw();

  return (from: ReplayPosition, until: number) => {
    const eventBuffer = new Buffered(from.event, until, (after, to) =>
      eventRows(events.all(after.at, after.at, after.seq, to) as StoredEventRow[]),
    );
    const actionBuffer = new Buffered(from.action, until, (after, to) =>
      actionRows(actions.all(after.at, after.at, after.seq, to) as ActionRow[]),
    );
    return {
      /** The time of the row next() would give, without taking it. */
      peekAt(): number | undefined {
        const event = eventBuffer.peek();
        const action = actionBuffer.peek();
        return event && (!action || event.at <= action.at) ? event.at : action?.at;
      },
      next(): ReplayRow | undefined {
        const event = eventBuffer.peek();
        const action = actionBuffer.peek();
        if (event && (!action || event.at <= action.at)) return eventBuffer.take();
        return actionBuffer.take();
      },
      /** Actions logged at exactly `at` not yet applied: where a raise row is found ahead of its event. */
      actionsAt: (at: number): ActionRecord[] => actionBuffer.rowsAt(at).map((row) => row.action),
      position: (): ReplayPosition => ({ event: eventBuffer.position, action: actionBuffer.position }),
    };
  };
}
export type ReplayReader = ReturnType<ReturnType<typeof replayReader>>;
