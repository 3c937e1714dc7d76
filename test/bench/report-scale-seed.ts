import type { Database } from 'better-sqlite3';
import type { Alarm, Disposition } from '../../shared/domain/alarm.js';
import { openStore } from '../../electron/core/store/store.js';
import { alarmRecord } from '../support/alarm-record.js';

export type ScaleSeed = {
  /** Epoch ms of the first alarm and event. */
  start: number;
  /** Epoch ms just past the last. */
  end: number;
  alarms: number;
  events: number;
  actions: number;
  /** Raise times, ascending, so a test can count what a range must report. */
  raisedAt: number[];
  /** Event receive times, ascending. */
  receivedAt: number[];
};

const DEVICES = ['door-g-dock', 'pir-g-dock', 'cam-g-dock', 'gb-g-lobby', 'pir-1-corridor', 'door-g-entrance'];
const CONDITIONS = ['door-forced', 'motion', 'camera-video-loss', 'glass-break', 'motion', 'door-held-open'] as const;
const DISPOSITIONS: Disposition[] = ['false-equipment', 'genuine-other', 'test', 'false-user-error', 'unknown'];
const HASH = 'a'.repeat(64);
/** A motion event on one of DEVICES: device, event id, device time, receive time. */
const INSERT_EVENT = `INSERT INTO events (site_id, device_id, event_id, channel, device_ts, received_at, payload)
  VALUES ('demo', ?, ?, 'alarm', ?, ?, '{"kind":"motion","state":"active"}')`;

/**
 * A large database made fast: one transaction of prepared inserts straight into the tables, not
 * the console's event-by-event path. Alarms are evenly spread (a few hundred per 8-hour shift at
 * the default sizes), each acknowledged, noted and resolved; events arrive ten per alarm. The hash
 * chain is not real: the report does not read it.
 */
export function seedScaleDatabase(file: string, alarms = 100_000, events = 1_000_000): ScaleSeed {
  const store = openStore(file);
  const db = store.db;
  const start = Date.UTC(2025, 0, 1);
  const alarmGap = 90_000; // one alarm every 90 s: 320 per 8-hour shift
  const eventGap = (alarms * alarmGap) / events;
  const insertAlarm = db.prepare(`INSERT INTO alarms (id, site_id, device_id, condition, category, priority, state,
    count, raised_at, last_occurred_at, returned_at, acknowledged_at, resolved_at, zone, detail, disposition, incident_id, record)
    VALUES (?, 'demo', ?, ?, 'alarm', ?, 'resolved', 1, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)`);
  const insertAction = db.prepare(`INSERT INTO actions (seq, at, operator, seat, action, alarm_id, incident_id,
    device_id, detail, prev_hash, hash) VALUES (?, ?, ?, 'desk-1', ?, ?, NULL, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(INSERT_EVENT);
  const raisedAt: number[] = [];
  const receivedAt: number[] = [];
  let seq = 0;

  store.inTransaction(() => {
    for (let i = 0; i < alarms; i += 1) {
      const at = start + i * alarmGap;
      const device = DEVICES[i % DEVICES.length] ?? 'door-g-dock';
      const condition = CONDITIONS[i % CONDITIONS.length] ?? 'motion';
      const priority = ((i % 4) + 1) as Alarm['priority'];
      const ack = at + 10_000 + (i % 97) * 1000;
      const resolved = ack + 60_000 + (i % 31) * 20_000;
      const disposition = DISPOSITIONS[i % DISPOSITIONS.length] ?? 'unknown';
      const record = alarmRecord({
        id: i + 1,
        deviceId: device,
        condition,
        priority,
        state: 'resolved',
        version: 5,
        raisedAt: at,
        returnedAt: at + 5_000,
        acknowledgedAt: ack,
        acknowledgedBy: 'A. Osei',
        resolvedAt: resolved,
        resolvedBy: 'A. Osei',
        disposition,
        floorId: 'g',
        zone: 'loading-dock',
        notes: 1,
      });
      insertAlarm.run(
        i + 1,
        device,
        condition,
        priority,
        at,
        at,
        at + 5_000,
        ack,
        resolved,
        'loading-dock',
        disposition,
        JSON.stringify(record),
      );
      raisedAt.push(at);
      const log = (when: number, operator: string, action: string, detail: object) =>
        insertAction.run(++seq, when, operator, action, i + 1, device, JSON.stringify(detail), HASH, HASH);
      log(at, 'system', 'raise', { condition, priority });
      log(ack, 'A. Osei', 'acknowledge', {});
      log(ack + 30_000, 'A. Osei', 'note', { text: `Checked on camera, alarm ${i + 1}` });
      log(resolved, 'A. Osei', 'resolve', { disposition });
    }
    for (let i = 0; i < events; i += 1) {
      const at = start + Math.floor(i * eventGap);
      insertEvent.run(DEVICES[i % DEVICES.length] ?? 'pir-g-dock', `s-${i}`, at, at);
      receivedAt.push(at);
    }
  });
  store.close();
  return { start, end: start + alarms * alarmGap, alarms, events, actions: seq, raisedAt, receivedAt };
}

/** How many of the ascending `times` fall in [from, to). */
export function countIn(times: readonly number[], from: number, to: number): number {
  const firstAtOrAfter = (t: number) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] ?? Infinity) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtOrAfter(to) - firstAtOrAfter(from);
}

/**
 * Appends `events` events at `perSecond` from `from` (a busy spell at the end of the log, such as
 * the last minutes a supervisor replays), in one transaction; returns the last one's time.
 */
export function appendEventBurst(db: Database, from: number, events: number, perSecond: number): number {
  const insertEvent = db.prepare(INSERT_EVENT);
  let at = from;
  db.transaction(() => {
    for (let i = 0; i < events; i += 1) {
      at = from + Math.floor((i * 1000) / perSecond);
      insertEvent.run(DEVICES[i % DEVICES.length] ?? 'pir-g-dock', `burst-${from}-${i}`, at, at);
    }
  })();
  return at;
}
