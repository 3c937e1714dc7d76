import type { TourRun } from '../../../shared/domain/patrol.js';

/** Checkpoint results of one run or one guard's runs; `pending` ones were still open when the report was made. */
export type CheckpointCounts = { onTime: number; late: number; outOfOrder: number; missed: number; pending: number };

export type PatrolRunRow = CheckpointCounts & {
  tourId: string;
  tourName: string;
  startAt: number;
  state: TourRun['state'];
  guard: string | null;
};

/** A guard's tours: runs where they scanned first; `guard: null` gathers runs nobody scanned. */
export type PatrolGuardRow = CheckpointCounts & { guard: string | null; runs: number };

export type RecordedPatrols = {
  recorded: true;
  /** Runs that started in the range (planned runs that never started are left out). */
  runs: number;
  completed: number;
  completedLate: number;
  /** Over with at least one checkpoint missed. */
  incomplete: number;
  inProgress: number;
  checkpoints: CheckpointCounts;
  byGuard: PatrolGuardRow[];
  /** Every run, oldest first. */
  tourRuns: PatrolRunRow[];
};

const zero = (): CheckpointCounts => ({ onTime: 0, late: 0, outOfOrder: 0, missed: 0, pending: 0 });

function add(counts: CheckpointCounts, run: TourRun): CheckpointCounts {
  const next = { ...counts };
  for (const visit of run.visits) {
    if (visit.result === 'on-time') next.onTime += 1;
    else if (visit.result === 'late') next.late += 1;
    else if (visit.result === 'out-of-order') next.outOfOrder += 1;
    else if (visit.result === 'missed') next.missed += 1;
    else next.pending += 1;
  }
  return next;
}

/** The patrol section from the runs that started in the range, as they stand when the report is made. */
export function patrolSection(allRuns: readonly TourRun[]): RecordedPatrols {
  const runs = allRuns
    .filter((run) => run.state !== 'scheduled')
    .sort((a, b) => a.startAt - b.startAt || a.tourId.localeCompare(b.tourId));
  const guards = new Map<string | null, PatrolGuardRow>();
  for (const run of runs) {
    const row = guards.get(run.guard) ?? { guard: run.guard, runs: 0, ...zero() };
    guards.set(run.guard, { ...add(row, run), guard: run.guard, runs: row.runs + 1 });
  }
  const count = (state: TourRun['state']) => runs.filter((run) => run.state === state).length;
  return {
    recorded: true,
    runs: runs.length,
    completed: count('completed'),
    completedLate: count('completed-late'),
    incomplete: count('incomplete'),
    inProgress: count('in-progress'),
    checkpoints: runs.reduce(add, zero()),
    byGuard: [...guards.values()].sort(
      (a, b) => b.runs - a.runs || (a.guard ?? '\uffff').localeCompare(b.guard ?? '\uffff'),
    ),
    tourRuns: runs.map((run) => ({
      tourId: run.tourId,
      tourName: run.tourName,
      startAt: run.startAt,
      state: run.state,
      guard: run.guard,
      ...add(zero(), run),
    })),
  };
}
