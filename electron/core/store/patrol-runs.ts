import type { Database } from 'better-sqlite3';
import type { CheckpointResult, CheckpointVisit, TourRun, TourRunState } from '../../../shared/domain/patrol.js';

type RunRow = {
  id: string;
  site_id: string;
  tour_id: string;
  tour_name: string;
  start_at: number;
  end_at: number;
  state: string;
  guard: string | null;
  finished_at: number | null;
  version: number;
};
type VisitRow = {
  run_id: string;
  checkpoint: string;
  due_at: number;
  missed_at: number;
  result: string;
  scanned_at: number | null;
  guard: string | null;
};

const toVisit = (row: VisitRow): CheckpointVisit => ({
  checkpoint: row.checkpoint,
  dueAt: row.due_at,
  missedAt: row.missed_at,
  // Written only by save() below, from the typed run.
  result: row.result as CheckpointResult,
  scannedAt: row.scanned_at,
  guard: row.guard,
});

/** Tour runs and their checkpoint results: one row per run, one per checkpoint of it. */
export function patrolRuns(db: Database) {
  const upsertRun = db.prepare(`INSERT INTO tour_runs
      (id, site_id, tour_id, tour_name, start_at, end_at, state, guard, finished_at, version)
    VALUES (@id, @siteId, @tourId, @tourName, @startAt, @endAt, @state, @guard, @finishedAt, @version)
    ON CONFLICT (id) DO UPDATE SET state = excluded.state, guard = excluded.guard,
      finished_at = excluded.finished_at, version = excluded.version`);
  const upsertVisit = db.prepare(`INSERT INTO checkpoint_results
      (run_id, position, checkpoint, due_at, missed_at, result, scanned_at, guard)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (run_id, position) DO UPDATE SET result = excluded.result, scanned_at = excluded.scanned_at,
      guard = excluded.guard`);
  const latestOfTour = db.prepare(
    'SELECT * FROM tour_runs WHERE site_id = ? AND tour_id = ? ORDER BY start_at DESC LIMIT ?',
  );
  const startingBetween = db.prepare(
    'SELECT * FROM tour_runs WHERE start_at >= ? AND start_at < ? ORDER BY start_at, tour_id',
  );
  const visitsOf = db.prepare('SELECT * FROM checkpoint_results WHERE run_id = ? ORDER BY position');

  const withVisits = (row: RunRow): TourRun => ({
    id: row.id,
    siteId: row.site_id,
    tourId: row.tour_id,
    tourName: row.tour_name,
    startAt: row.start_at,
    endAt: row.end_at,
    state: row.state as TourRunState,
    guard: row.guard,
    finishedAt: row.finished_at,
    version: row.version,
    visits: (visitsOf.all(row.id) as VisitRow[]).map(toVisit),
  });

  return {
    /** Inside the transaction that changed the run. */
    save(run: TourRun): void {
      upsertRun.run(run);
      run.visits.forEach((visit, position) =>
        upsertVisit.run(
          run.id,
          position,
          visit.checkpoint,
          visit.dueAt,
          visit.missedAt,
          visit.result,
          visit.scannedAt,
          visit.guard,
        ),
      );
    },
    /** The newest runs of a tour, newest first. */
    latest: (siteId: string, tourId: string, count: number): TourRun[] =>
      (latestOfTour.all(siteId, tourId, count) as RunRow[]).map(withVisits),
    /** Runs that started in [from, to), for the shift report. */
    startingBetween: (from: number, to: number): TourRun[] =>
      (startingBetween.all(from, to) as RunRow[]).map(withVisits),
  };
}
export type PatrolRuns = ReturnType<typeof patrolRuns>;
