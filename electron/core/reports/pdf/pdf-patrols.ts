import { words } from '../report-words.js';
import type { ShiftReport } from '../shift-report.js';
import { formatDayTime } from '../site-time.js';
import { heading, paragraph, type Doc } from './pdf-page.js';
import { COLOR } from './pdf-style.js';
import { drawTable, type TableCell } from './pdf-table.js';

const missedCell = (missed: number): TableCell =>
  missed === 0 ? '0' : { text: String(missed), color: COLOR.bad, bold: true };

/** Tours run, on time, late, missed checkpoints, and each guard's share. */
export function patrolsSection(doc: Doc, report: ShiftReport): void {
  heading(doc, 'Patrols', 20);
  const patrols = report.patrols;
  if (!patrols.recorded) return paragraph(doc, 'Patrols: none recorded.', 8.5, COLOR.ink);
  if (patrols.runs === 0) return paragraph(doc, 'No patrol tour started in this range.', 8.5, COLOR.ink);
  const { checkpoints } = patrols;
  paragraph(
    doc,
    `${patrols.runs} tour runs: ${patrols.completed} completed on time, ${patrols.completedLate} completed late, ` +
      `${patrols.incomplete} with missed checkpoints, ${patrols.inProgress} in progress. Checkpoints: ` +
      `${checkpoints.onTime} on time, ${checkpoints.late} late, ${checkpoints.outOfOrder} out of order, ${checkpoints.missed} missed.`,
    8.5,
    COLOR.ink,
  );
  const counts = [
    { header: 'On time', width: 0.7, align: 'right' as const },
    { header: 'Late', width: 0.6, align: 'right' as const },
    { header: 'Out of order', width: 0.8, align: 'right' as const },
    { header: 'Missed', width: 0.6, align: 'right' as const },
  ];
  drawTable(
    doc,
    [{ header: 'Guard', width: 2 }, { header: 'Runs', width: 0.6, align: 'right' }, ...counts],
    patrols.byGuard.map((row) => ({
      cells: [
        row.guard ?? 'no scans',
        String(row.runs),
        String(row.onTime),
        String(row.late),
        String(row.outOfOrder),
        missedCell(row.missed),
      ],
    })),
  );
  const tz = report.range.timezone;
  drawTable(
    doc,
    [
      { header: 'Start', width: 1.1 },
      { header: 'Tour', width: 2 },
      { header: 'Result', width: 1.4 },
      { header: 'Guard', width: 1.4 },
      ...counts,
    ],
    patrols.tourRuns.map((run) => ({
      cells: [
        formatDayTime(run.startAt, tz),
        run.tourName,
        words(run.state),
        run.guard ?? '–',
        String(run.onTime),
        String(run.late),
        String(run.outOfOrder),
        missedCell(run.missed),
      ],
    })),
  );
}
