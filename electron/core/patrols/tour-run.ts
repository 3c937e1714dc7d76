import type { CheckpointVisit, Tour, TourRun, TourRunState } from '../../../shared/domain/patrol.js';
import { isRunOver } from '../../../shared/domain/patrol.js';

const MINUTE_MS = 60_000;

/** Something about a run the desk must hear of: raised as an alarm on the checkpoint. */
export type PatrolFinding = { kind: 'missed' | 'late'; run: TourRun; visit: CheckpointVisit; at: number };

export type RunStep = { run: TourRun; findings: PatrolFinding[]; changed: boolean };

export type Scan = { checkpoint: string; guard: string; at: number };

/** A run of `tour` starting at `startAt`, nothing scanned yet. */
export function planRun(tour: Tour, siteId: string, startAt: number): TourRun {
  const visits = tour.checkpoints.map((stop) => ({
    checkpoint: stop.checkpoint,
    dueAt: startAt + stop.dueMin * MINUTE_MS,
    missedAt: startAt + (stop.dueMin + stop.graceMin) * MINUTE_MS,
    result: 'pending' as const,
    scannedAt: null,
    guard: null,
  }));
  return {
    id: `${tour.id}@${startAt}`,
    siteId,
    tourId: tour.id,
    tourName: tour.name,
    startAt,
    endAt: Math.max(...visits.map((visit) => visit.missedAt)),
    state: 'scheduled',
    guard: null,
    visits,
    finishedAt: null,
    version: 1,
  };
}

const scannedLate = (visit: CheckpointVisit): boolean =>
  visit.result !== 'missed' && visit.scannedAt !== null && visit.scannedAt > visit.dueAt;

/** A run is over once no checkpoint is pending; how it went is the worst of its checkpoints. */
function settle(run: TourRun, at: number): TourRun {
  if (isRunOver(run) || run.visits.some((visit) => visit.result === 'pending')) return run;
  const state: TourRunState = run.visits.some((visit) => visit.result === 'missed')
    ? 'incomplete'
    : run.visits.some(scannedLate)
      ? 'completed-late'
      : 'completed';
  return { ...run, state, finishedAt: at };
}

/** The run at `now`: started once its start time is reached, checkpoints unscanned past due + grace missed. */
export function advanceRun(run: TourRun, now: number): RunStep {
  if (isRunOver(run) || now < run.startAt) return { run, findings: [], changed: false };
  const findings: PatrolFinding[] = [];
  let changed = run.state === 'scheduled';
  const visits = run.visits.map((visit) => {
    if (visit.result !== 'pending' || now < visit.missedAt) return visit;
    changed = true;
    return { ...visit, result: 'missed' as const };
  });
  if (!changed) return { run, findings, changed };
  const started: TourRun = { ...run, state: 'in-progress', visits, version: run.version + 1 };
  const next = settle(started, now);
  started.visits.forEach((visit, index) => {
    if (visit.result === 'missed' && run.visits[index]?.result === 'pending') {
      findings.push({ kind: 'missed', run: next, visit, at: now });
    }
  });
  return { run: next, findings, changed };
}

/**
 * A scan of a checkpoint in this run: on time up to its due time, late up to due + grace, out of
 * order when the tour is walked in order and an earlier checkpoint is still waiting. A repeat scan
 * changes nothing; a scan of a checkpoint already missed is kept but leaves it missed.
 */
export function scanRun(run: TourRun, inOrder: boolean, scan: Scan): RunStep {
  const advanced = advanceRun(run, scan.at);
  const current = advanced.run;
  const index = current.visits.findIndex((visit) => visit.checkpoint === scan.checkpoint);
  const visit = current.visits[index];
  if (current.state !== 'in-progress' || visit === undefined || visit.scannedAt !== null) return advanced;

  const earlierWaiting = current.visits.slice(0, index).some((earlier) => earlier.result === 'pending');
  const result =
    visit.result === 'missed'
      ? 'missed'
      : inOrder && earlierWaiting
        ? 'out-of-order'
        : scan.at <= visit.dueAt
          ? 'on-time'
          : 'late';
  const scanned: CheckpointVisit = { ...visit, result, scannedAt: scan.at, guard: scan.guard };
  const visits = current.visits.map((each, position) => (position === index ? scanned : each));
  const next = settle(
    { ...current, visits, guard: current.guard ?? scan.guard, version: current.version + 1 },
    scan.at,
  );
  const findings = [...advanced.findings];
  if (visit.result === 'pending' && scan.at > visit.dueAt)
    findings.push({ kind: 'late', run: next, visit: scanned, at: scan.at });
  return { run: next, findings, changed: true };
}

/** The checkpoint the guard should scan next, if the run is still going. */
export function nextVisit(run: TourRun): CheckpointVisit | undefined {
  if (run.state !== 'in-progress' && run.state !== 'scheduled') return undefined;
  return run.visits.find((visit) => visit.result === 'pending');
}
