import type { Database } from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import type { Site } from '../../shared/domain/site.js';
import { DEFAULT_ALARM_POLICY } from '../../shared/domain/alarm-policy.js';
import { buildShiftReport } from '../../electron/core/reports/build-shift-report.js';
import { createReplay } from '../../electron/core/review/replay.js';
import { keyframeKeeper } from '../../electron/core/review/replay-keeper.js';
import { KEYFRAME_SETTLE_MS } from '../../electron/core/review/replay-keyframes.js';
import { replayEnv } from '../../electron/core/review/replay-world.js';
import { openDatabase } from '../../electron/core/store/database.js';
import { reviewTimeline } from '../../electron/core/review/timeline.js';
import { actionLog } from '../../electron/core/store/action-log.js';
import { alarmRecords } from '../../electron/core/store/alarm-records.js';
import { eventLog } from '../../electron/core/store/event-log.js';
import { appendEventBurst, type ScaleSeed } from './report-scale-seed.js';
import { spread, type Spread } from './stats.js';

/** `targetMs` null: measured, no target (a one-off build, a playback). */
export type HistoryRow = { measure: string; ms: Spread; targetMs: number | null; rows: number };

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
  const measure: Measure = async (name, targetMs, times, work) => {
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

  if (!withReplay) return rows;
  await benchReplay(db, site, seed, measure, (row) => rows.push(row), log);
  return rows;
}

type Measure = (
  name: string,
  targetMs: number | null,
  times: number,
  work: (n: number) => number | Promise<number>,
) => Promise<void>;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

/**
 * Replay: seeks without persisted keyframes (what every first seek cost before the keeper, and
 * still costs before the keeper's first build over an imported log ends), the keeper's one-off
 * build, then seeks served by persisted keyframes — also from a re-opened database, which is what
 * a restarted console sees.
 */
async function benchReplay(
  db: Database,
  site: Site,
  seed: ScaleSeed,
  measure: Measure,
  record: (row: HistoryRow) => void,
  log: (line: string) => void,
) {
  const now = () => seed.end + DAY_MS;
  const policy = DEFAULT_ALARM_POLICY;
  const middle = seed.start + Math.floor((seed.end - seed.start) / 2);
  const memoryOnly = createReplay(db, site, policy, { now, persisted: false });
  await measure(
    'replay seek: no persisted keyframes, from the log start to its middle',
    100,
    1,
    async () => (await memoryOnly.replay(middle)).picture.devices.length,
  );
  await measure('replay seek: no persisted keyframes, memory cache of the seek before', 100, 5, async (n) => {
    return (await memoryOnly.replay(middle - (n + 1) * 3_600_000)).picture.devices.length;
  });

  // The keeper writes through its own connection, as the console's writer; the seeks read through `db`.
  const writer = openDatabase(db.name);
  try {
    const env = replayEnv(site, policy);
    // First up to the middle (as if the console had been stopped there), then on to the end.
    const firstHalf = keyframeKeeper(writer, env, { now: () => middle + KEYFRAME_SETTLE_MS, turnRows: Infinity });
    const whole = keyframeKeeper(writer, env, { now, turnRows: Infinity });
    const cpu = process.cpuUsage();
    const started = performance.now();
    const built = [await firstHalf.turn()];
    const halfMs = performance.now() - started;
    const halfCpu = cpuMs(cpu);
    await measure('replay seek: an hour past the last keyframe', 100, 5, async (n) => {
      return (await createReplay(db, site, policy, { now }).replay(middle + (n + 1) * 3_600_000)).picture.devices
        .length;
    });
    const resumed = performance.now();
    const resumedCpu = process.cpuUsage();
    built.push(await whole.turn());
    const buildMs = halfMs + performance.now() - resumed;
    const buildCpu = halfCpu + cpuMs(resumedCpu);
    const applied = built.reduce((sum, turn) => sum + turn.rows, 0);
    const { count, bytes } = whole.status();
    const perSecond = Math.round(applied / (buildMs / 1000));
    log(
      `history replay keyframes: first build ${Math.round(buildMs)} ms wall, ${buildCpu} ms CPU, ${applied} rows ` +
        `(${perSecond} rows/s, ${((buildCpu * 1000) / applied).toFixed(1)} CPU µs/row), ${count} keyframes, ${Math.round(bytes / 1024)} KiB`,
    );
    // Timed above, in two turns around the seek past the last keyframe: recorded, not re-run.
    record({
      measure: `replay keyframes: first build over the whole log, one-off (${perSecond} rows/s, ${count} keyframes)`,
      targetMs: null,
      ms: spread([buildMs]),
      rows: applied,
    });
    await measure(`replay keyframes: extending them when nothing new settled`, null, 3, async () => {
      return (await whole.turn()).rows;
    });
  } finally {
    writer.close();
  }

  const points = [0.05, 0.3, 0.5, 0.7, 0.95].map(
    (fraction) => seed.start + Math.floor((seed.end - seed.start) * fraction),
  );
  const persisted = createReplay(db, site, policy, { now });
  const seekCpu = process.cpuUsage();
  await measure('replay seek: persisted keyframes, five points across the log', 100, points.length, async (n) => {
    return (await persisted.replay(points[n] ?? middle)).picture.devices.length;
  });
  log(`history replay seek from persisted keyframes: ${cpuMs(seekCpu)} ms CPU for ${points.length} seeks`);
  // A restarted console: a new connection and a new replay, nothing in memory.
  const reopened = openDatabase(db.name, { readonly: true });
  try {
    await measure('replay seek: first seek after re-opening the database, middle of the log', 100, 1, async () => {
      return (await createReplay(reopened, site, policy, { now }).replay(middle)).picture.devices.length;
    });
    await measure('replay seek: one shift of playback from a persisted keyframe (8 h)', null, 1, async () => {
      return (await createReplay(reopened, site, policy, { now }).replay(middle, middle + SHIFT_MS)).changes.length;
    });
  } finally {
    reopened.close();
  }
  await benchTailSeeks(db, site, seed, measure);
}

/** A busy site's last minutes: what a supervisor replays right after an incident. */
const TAIL_PER_S = 75;
const TAIL_EVENTS = TAIL_PER_S * (KEYFRAME_SETTLE_MS / 1000);

/**
 * Seeks into history younger than KEYFRAME_SETTLE_MS, which neither the keeper nor the settled
 * cache keyframes: 5 minutes at 75 events/s appended after the log. A first seek there replays
 * from the last settled keyframe; once the console's follower has replayed up to now
 * (replay-tail-follower.ts), seeks start from the tail keyframes it left (replay-tail.ts).
 */
async function benchTailSeeks(db: Database, site: Site, seed: ScaleSeed, measure: Measure) {
  const writer = openDatabase(db.name);
  const from = seed.end + 60_000;
  let to: number;
  try {
    to = appendEventBurst(writer, from, TAIL_EVENTS, TAIL_PER_S);
  } finally {
    writer.close();
  }
  const now = () => to + 1_000;
  const policy = DEFAULT_ALARM_POLICY;
  const into = (fraction: number) => from + Math.floor((to - from) * fraction);
  const first = [0.3, 0.6, 0.9];
  await measure(
    `replay seek: into the last 5 minutes at ${TAIL_PER_S} events/s with no follower, the baseline (from the last settled keyframe)`,
    null,
    first.length,
    async (n) => (await createReplay(db, site, policy, { now }).replay(into(first[n] ?? 0.5))).picture.devices.length,
  );
  const replay = createReplay(db, site, policy, { now });
  await replay.follow();
  const again = [0.1, 0.3, 0.5, 0.7, 0.95];
  await measure(
    `replay seek: into the last 5 minutes, kept by the console's follower (tail keyframes)`,
    100,
    again.length,
    async (n) => (await replay.replay(into(again[n] ?? 0.5))).picture.devices.length,
  );
}
