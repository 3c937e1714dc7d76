import type { Database } from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import type { Site } from '../../shared/domain/site.js';
import { DEFAULT_ALARM_POLICY } from '../../shared/domain/alarm-policy.js';
import { buildShiftReport } from '../../electron/core/reports/build-shift-report.js';
import { createReplay } from '../../electron/core/review/replay.js';
import { reviewTimeline } from '../../electron/core/review/timeline.js';
import { actionLog } from '../../electron/core/store/action-log.js';
import { alarmRecords } from '../../electron/core/store/alarm-records.js';
import { eventLog } from '../../electron/core/store/event-log.js';
import type { ScaleSeed } from './report-scale-seed.js';
import { spread, type Spread } from './stats.js';

export type HistoryRow = { measure: string; ms: Spread; targetMs: number; rows: number };

const SHIFT_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** Times `work` `times` times (the first run is kept: a supervisor's first query is a cold one too). */
async function time(
  times: number,
  work: (n: number) => number | Promise<number>,
): Promise<{ ms: Spread; rows: number }> {
  const samples: number[] = [];
  let rows = 0;
  for (let n = 0; n < times; n++) {
    const started = performance.now();
    rows = await work(n);
    samples.push(performance.now() - started);
  }
  return { ms: spread(samples), rows };
}

/**
 * The supervisor's questions over a large log, through the real query paths: the shift report,
 * the event and alarm searches of the HTTP API, the review timeline, and replay seeks.
 */
export async function benchHistory(
  db: Database,
  site: Site,
  seed: ScaleSeed,
  log: (line: string) => void,
  withReplay = true,
): Promise<HistoryRow[]> {
  const events = eventLog(db);
  const alarms = alarmRecords(db);
  const source = { db, alarms, actions: actionLog(db) };
  const timeline = reviewTimeline(db, () => site);
  const shiftStart = (n: number) => seed.start + Math.floor((seed.end - seed.start) / 2) + n * SHIFT_MS;
  const rows: HistoryRow[] = [];
  const measure = async (
    name: string,
    targetMs: number,
    times: number,
    work: (n: number) => number | Promise<number>,
  ) => {
    const result = await time(times, work);
    rows.push({ measure: name, targetMs, ...result });
    log(`history ${name}: ${result.ms.p50} ms median (${result.ms.min}–${result.ms.max}), ${result.rows} rows`);
  };

  await measure('shift report (8 h, ~320 alarms)', 200, 5, (n) => {
    const from = shiftStart(n);
    return buildShiftReport(source, site, { from, to: from + SHIFT_MS }).summary.alarmsRaised;
  });
  // A supervisor's searches: a device over a day, a channel, alarms by state, priority, disposition.
  const device = 'door-g-dock';
  await measure('events: one device, one day, newest 100', 50, 5, (n) => {
    const from = shiftStart(n);
    return events.query({ deviceId: device, from, to: from + DAY_MS, limit: 100 }).length;
  });
  await measure('events: one channel, one shift, newest 100', 50, 5, (n) => {
    const from = shiftStart(n);
    return events.query({ channel: 'alarm', from, to: from + SHIFT_MS, limit: 100 }).length;
  });
  await measure('events: whole log, newest 100', 50, 5, () => events.query({ limit: 100 }).length);
  await measure(
    'alarms: resolved, priority 1, newest 100',
    50,
    5,
    () => alarms.query({ state: 'resolved', priority: 1, limit: 100 }).length,
  );
  await measure('alarms: open (none), newest 100', 50, 5, () => alarms.query({ state: 'open', limit: 100 }).length);
  await measure('alarms: disposition "test", one month', 50, 5, (n) => {
    const from = shiftStart(n);
    return alarms.query({ disposition: 'test', from, to: from + 31 * DAY_MS, limit: 500 }).length;
  });
  await measure('alarms: one device, one week', 50, 5, (n) => {
    const from = shiftStart(n);
    return alarms.query({ deviceId: device, from, to: from + 7 * DAY_MS, limit: 500 }).length;
  });
  await measure('review timeline: one shift, first page of 200', 50, 5, (n) => {
    const from = shiftStart(n);
    return timeline({ from, to: from + SHIFT_MS, include: 'all', limit: 200 }).entries.length;
  });
  await measure('review timeline: one device, one shift', 50, 5, (n) => {
    const from = shiftStart(n);
    return timeline({ from, to: from + SHIFT_MS, device, include: 'all', limit: 200 }).entries.length;
  });

  // Replay: the first seek replays the log from its start (no keyframe yet); later seeks start
  // from the nearest keyframe the first one left behind.
  if (!withReplay) return rows;
  const replay = createReplay(db, site, DEFAULT_ALARM_POLICY, { now: () => seed.end + DAY_MS });
  const middle = shiftStart(0);
  await measure(
    'replay seek: cold, middle of the log',
    100,
    1,
    async () => (await replay.replay(middle)).picture.devices.length,
  );
  await measure('replay seek: warm, within the replayed range', 100, 5, async (n) => {
    return (await replay.replay(middle - (n + 1) * 3_600_000)).picture.devices.length;
  });
  await measure('replay seek: one hour past the last keyframe', 100, 5, async (n) => {
    return (await replay.replay(middle + (n + 1) * 3_600_000)).picture.devices.length;
  });
  return rows;
}
