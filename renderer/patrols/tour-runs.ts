import { isRunOver, type CheckpointResult, type TourRun } from '../../shared/domain/patrol.js';

/** Runs kept per tour in a seat: the current one and the one before, as the core keeps them. */
export const RUNS_KEPT_PER_TOUR = 2;

/** Runs by id after one changed run arrives; older runs of its tour beyond the limit are dropped. */
export function withRun(runs: Readonly<Record<string, TourRun>>, run: TourRun): Record<string, TourRun> {
  const merged = { ...runs, [run.id]: run };
  const dropped = new Set(
    Object.values(merged)
      .filter((each) => each.tourId === run.tourId)
      .sort((a, b) => b.startAt - a.startAt)
      .slice(RUNS_KEPT_PER_TOUR)
      .map((each) => each.id),
  );
  return Object.fromEntries(Object.entries(merged).filter(([id]) => !dropped.has(id)));
}

export function indexRuns(runs: readonly TourRun[]): Record<string, TourRun> {
  return runs.reduce<Record<string, TourRun>>((index, run) => withRun(index, run), {});
}

/** The run to show for a tour: the one being walked, else the last one walked, else the next one planned. */
export function runToShow(runs: Readonly<Record<string, TourRun>>, tourId: string): TourRun | null {
  const ofTour = Object.values(runs)
    .filter((run) => run.tourId === tourId)
    .sort((a, b) => b.startAt - a.startAt);
  return (
    ofTour.find((run) => run.state === 'in-progress') ??
    ofTour.find(isRunOver) ??
    ofTour.find((run) => run.state === 'scheduled') ??
    null
  );
}

/** How a checkpoint is drawn: the next one to scan is "due", the rest of the pending ones "waiting". */
export type CheckpointLook = Exclude<CheckpointResult, 'pending'> | 'due' | 'waiting' | 'off-tour';

export function checkpointLook(run: TourRun | null, checkpointId: string): CheckpointLook {
  const visit = run?.visits.find((each) => each.checkpoint === checkpointId);
  if (!run || !visit) return 'off-tour';
  if (visit.result !== 'pending') return visit.result;
  const next = run.state === 'in-progress' ? run.visits.find((each) => each.result === 'pending') : undefined;
  return next?.checkpoint === checkpointId ? 'due' : 'waiting';
}

export const RUN_STATE_LABEL = {
  scheduled: 'Scheduled',
  'in-progress': 'In progress',
  completed: 'Completed',
  'completed-late': 'Completed late',
  incomplete: 'Checkpoints missed',
} as const satisfies Record<TourRun['state'], string>;

export const CHECKPOINT_LOOK_LABEL = {
  'on-time': 'Scanned on time',
  late: 'Scanned late',
  missed: 'Missed',
  'out-of-order': 'Scanned out of order',
  due: 'Due next',
  waiting: 'Waiting',
  'off-tour': 'Not on this tour',
} as const satisfies Record<CheckpointLook, string>;
