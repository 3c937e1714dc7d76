import PDFDocument from 'pdfkit';
import type { DrillAlarmScore, DrillReport } from '../drill-report.js';
import type { TargetVerdict } from '../shift-report.js';
import { formatDateTime, formatTime } from '../site-time.js';
import { decoratePages, heading, paragraph, type Doc } from './pdf-page.js';
import { COLOR, PAGE } from './pdf-style.js';
import { drawTable, type TableCell } from './pdf-table.js';
import { winAnsiDeep } from './winansi-text.js';

const seconds = (value: number | null): string => (value === null ? '-' : `${value.toFixed(1)} s`);
const share = (done: number, of: number): string =>
  of === 0 ? 'no checklist' : `${done}/${of} (${Math.round((done / of) * 100)} %)`;
const VERDICT_COLOR: Record<TargetVerdict, string> = { met: COLOR.good, missed: COLOR.bad, pending: COLOR.warn };

function clockCell(done: { by: string; afterS: number } | null, verdict: TargetVerdict, targetS: number): TableCell {
  const text = done ? `${seconds(done.afterS)} by ${done.by} (target ${targetS} s)` : `not done (target ${targetS} s)`;
  return { text, color: VERDICT_COLOR[verdict] };
}

function alarmRows(alarms: readonly DrillAlarmScore[], timezone: string) {
  return alarms.map((alarm) => ({
    cells: [
      `#${alarm.alarmId} P${alarm.priority}`,
      `${alarm.condition} - ${alarm.place}`,
      formatTime(alarm.raisedAt, timezone),
      clockCell(alarm.acknowledged, alarm.acknowledgeVerdict, alarm.acknowledgeTargetS),
      clockCell(alarm.resolved, alarm.resolveVerdict, alarm.resolveTargetS),
      share(alarm.checklist.done, alarm.checklist.steps),
    ],
  }));
}

/** The drill report as a printable A4 PDF: the drill, each guard's score, then every drill alarm. */
export function drillReportPdf(report: DrillReport): Promise<Buffer> {
  const printable = winAnsiDeep(report);
  const { drill, timezone } = printable;
  const siteName = printable.site?.name ?? 'Site not given';
  const doc: Doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    bufferPages: true,
    info: { Title: `Drill ${drill.id} report, ${siteName}`, Author: 'Watchfloor', Subject: 'Training drill report' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  heading(doc, `Training drill ${drill.id}: ${drill.scenario}`);
  const ended =
    drill.endedAt === null
      ? 'still running'
      : `ended ${formatDateTime(drill.endedAt, timezone)} (${drill.endReason ?? ''})`;
  paragraph(
    doc,
    `${siteName}. Started ${formatDateTime(drill.startedAt, timezone)} by ${drill.startedBy}, ${ended}. ` +
      `Scenario ${drill.scenario}, speed x${drill.speed}, seed ${drill.seed}. Judged at ${formatDateTime(printable.judgedAt, timezone)} ` +
      `(${timezone}).`,
    9.5,
    COLOR.ink,
  );
  const { summary } = printable;
  paragraph(
    doc,
    `${summary.alarms} drill alarms: ${summary.acknowledged} acknowledged (${summary.acknowledgeMet} within target), ` +
      `${summary.resolved} resolved (${summary.resolveMet} within target); checklists ${share(summary.checklistDone, summary.checklistSteps)}.`,
    9.5,
    COLOR.ink,
  );

  heading(doc, 'Guards');
  drawTable(
    doc,
    [
      { header: 'Guard', width: 1.3 },
      { header: 'Acknowledged (met)', width: 1, align: 'right' },
      { header: 'Ack median / worst', width: 1.3, align: 'right' },
      { header: 'Resolved (met)', width: 1, align: 'right' },
      { header: 'Resolve median / worst', width: 1.3, align: 'right' },
      { header: 'Checklists of alarms resolved', width: 1.4, align: 'right' },
      { header: 'Steps ticked', width: 0.8, align: 'right' },
    ],
    printable.guards.map((guard) => ({
      cells: [
        guard.guard,
        `${guard.acknowledged} (${guard.acknowledgeMet})`,
        `${seconds(guard.acknowledgeMedianS)} / ${seconds(guard.acknowledgeWorstS)}`,
        `${guard.resolved} (${guard.resolveMet})`,
        `${seconds(guard.resolveMedianS)} / ${seconds(guard.resolveWorstS)}`,
        share(guard.checklistDone, guard.checklistSteps),
        `${guard.stepsTicked}`,
      ],
    })),
  );
  if (printable.guards.length === 0) paragraph(doc, 'No guard acted on a drill alarm.');

  heading(doc, 'Drill alarms');
  drawTable(
    doc,
    [
      { header: 'Alarm', width: 0.8 },
      { header: 'What and where', width: 2 },
      { header: 'Raised', width: 0.8 },
      { header: 'Acknowledged', width: 1.8 },
      { header: 'Resolved', width: 1.8 },
      { header: 'Checklist', width: 1 },
    ],
    alarmRows(printable.alarms, timezone),
  );
  paragraph(
    doc,
    'Times run from the raise to the first acknowledgement and to the resolution, from the hash-chained action ' +
      "log, against each alarm's own targets. A guard is scored on the alarms they acknowledged first and those " +
      'they resolved; checklist completion counts the steps done on the alarms they resolved, whoever ticked them.',
  );
  decoratePages(
    doc,
    {
      left: `${siteName}  |  Drill ${drill.id} (${drill.scenario})`,
      right: `Generated ${formatDateTime(printable.generatedAt, timezone)} by Watchfloor`,
    },
    `${siteName}  |  Drill report`,
  );
  doc.end();
  return done;
}
