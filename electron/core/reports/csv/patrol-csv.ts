import type { PatrolSection } from '../shift-report.js';
import type { Cell } from './csv-cells.js';

type Table = (section: string, header: string[], rows: Cell[][]) => Cell[][];
const COUNT_HEADER = ['on time', 'late', 'out of order', 'missed', 'pending'];

/** The patrol lines of the summary table. */
export function patrolSummaryRows(patrols: PatrolSection): Cell[][] {
  if (!patrols.recorded) return [['patrols', 'none recorded']];
  const { checkpoints } = patrols;
  return [
    ['patrol runs', patrols.runs],
    ['patrol runs completed on time', patrols.completed],
    ['patrol runs completed late', patrols.completedLate],
    ['patrol runs with missed checkpoints', patrols.incomplete],
    ['patrol runs in progress', patrols.inProgress],
    ['checkpoints on time', checkpoints.onTime],
    ['checkpoints late', checkpoints.late],
    ['checkpoints out of order', checkpoints.outOfOrder],
    ['checkpoints missed', checkpoints.missed],
  ];
}

/** One row per tour run and one per guard, after the other sections. */
export function patrolTables(patrols: PatrolSection, table: Table, time: (at: number) => Cell): Cell[][] {
  if (!patrols.recorded) return [];
  return [
    ...table(
      'patrol run',
      ['tour', 'tour name', 'start', 'state', 'guard', ...COUNT_HEADER],
      patrols.tourRuns.map((run) => [
        run.tourId,
        run.tourName,
        time(run.startAt),
        run.state,
        run.guard,
        run.onTime,
        run.late,
        run.outOfOrder,
        run.missed,
        run.pending,
      ]),
    ),
    ...table(
      'patrol guard',
      ['guard', 'runs', ...COUNT_HEADER],
      patrols.byGuard.map((row) => [
        row.guard ?? 'no scans',
        row.runs,
        row.onTime,
        row.late,
        row.outOfOrder,
        row.missed,
        row.pending,
      ]),
    ),
  ];
}
