import type { Database, Statement } from 'better-sqlite3';
import type { Site } from '../../../shared/domain/site.js';
import { patrolRuns, type PatrolRuns } from '../store/patrol-runs.js';
import type { Store } from '../store/store.js';
import { computeShiftReport } from './compute-shift-report.js';
import { FLOOD_WINDOW_MS } from './flood-time.js';
import { readGuardLog } from './guard-log-rows.js';
import type { ShiftReport } from './shift-report.js';

/**
 * Caps on what one report reads. A shift holds a few hundred alarms; past these the range is too
 * long to be a shift report, and the caller is told so instead of waiting or getting a partial one.
 */
export const REPORT_LIMITS = { alarms: 20_000, actions: 200_000, rangeDays: 92 } as const;

export class ReportTooLargeError extends Error {
  override readonly name = 'ReportTooLargeError';
}

/** The repositories the report reads; a whole Store fits, and so does a read-only handle's. */
export type ReportSource = Pick<Store, 'db' | 'alarms' | 'actions'>;

type Queries = { raisesBetween: Statement; eventsBetween: Statement; patrols: PatrolRuns | null };
const queries = new WeakMap<Database, Queries>();

/** Counted and read through the time indexes (alarms_by_raised, events_by_time): never a table scan. */
function queriesFor(db: Database): Queries {
  let prepared = queries.get(db);
  if (!prepared) {
    prepared = {
      raisesBetween: db.prepare('SELECT raised_at FROM alarms WHERE raised_at >= ? AND raised_at < ?').pluck(),
      eventsBetween: db.prepare('SELECT count(*) FROM events WHERE received_at >= ? AND received_at < ?').pluck(),
      // A database read without migrating (an old file opened read-only) may have no patrol tables.
      patrols: db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tour_runs'").get()
        ? patrolRuns(db)
        : null,
    };
    queries.set(db, prepared);
  }
  return prepared;
}

export function checkReportRange(range: { from: number; to: number }): void {
  if (!Number.isSafeInteger(range.from) || !Number.isSafeInteger(range.to))
    throw new RangeError('report range: from and to must be integer epoch milliseconds');
  if (range.from >= range.to) throw new RangeError('report range: from must be before to');
  if (range.to - range.from > REPORT_LIMITS.rangeDays * 86_400_000)
    throw new ReportTooLargeError(`report range: at most ${REPORT_LIMITS.rangeDays} days`);
}

/**
 * The shift report for [from, to): reads only the range through indexed queries, then computes.
 * Throws RangeError for a bad range and ReportTooLargeError past REPORT_LIMITS.
 */
export function buildShiftReport(
  store: ReportSource,
  site: Site | null,
  range: { from: number; to: number },
  generatedAt: number = Date.now(),
): ShiftReport {
  checkReportRange(range);
  const { from, to } = range;
  const alarms = store.alarms.query({ from, to, limit: REPORT_LIMITS.alarms + 1 });
  if (alarms.length > REPORT_LIMITS.alarms)
    throw new ReportTooLargeError(
      `more than ${REPORT_LIMITS.alarms} alarms were raised in this range: report on a shorter one`,
    );
  const actions = store.actions.query({ from, to, limit: REPORT_LIMITS.actions + 1 });
  if (actions.length > REPORT_LIMITS.actions)
    throw new ReportTooLargeError(
      `more than ${REPORT_LIMITS.actions} actions were logged in this range: report on a shorter one`,
    );
  const { raisesBetween, eventsBetween, patrols } = queriesFor(store.db);
  const guardLog = readGuardLog(store.db, from, to);
  if (guardLog.tooMany) throw new ReportTooLargeError(guardLog.tooMany);
  return computeShiftReport(
    {
      range: { from, to },
      generatedAt,
      alarms,
      alarmActions: new Map(alarms.map((alarm) => [alarm.id, store.actions.forAlarm(alarm.id)])),
      actions,
      raisesBefore: raisesBetween.all(from - FLOOD_WINDOW_MS, from) as number[],
      eventsStored: eventsBetween.get(from, to) as number,
      ...(patrols ? { patrolRuns: patrols.startingBetween(from, to) } : {}),
      occurrences: guardLog.occurrences,
      handovers: guardLog.handovers,
    },
    site,
  );
}
