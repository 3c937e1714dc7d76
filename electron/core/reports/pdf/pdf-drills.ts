import type { ShiftReport } from '../shift-report.js';
import { heading, paragraph, type Doc } from './pdf-page.js';
import { COLOR } from './pdf-style.js';
import { drawTable } from './pdf-table.js';

/** Drill alarms, per drill, set apart from the real figures; printed only when a drill ran (docs/drills.md). */
export function drillsSection(doc: Doc, report: ShiftReport): void {
  const drills = report.drills ?? [];
  if (drills.length === 0) return;
  heading(doc, 'Training drills (not counted above)', 20);
  drawTable(
    doc,
    [
      { header: 'Drill', width: 0.6 },
      { header: 'Drill alarms raised in range', width: 1.4, align: 'right' },
      { header: 'Acknowledged by the end', width: 1.2, align: 'right' },
      { header: 'Resolved by the end', width: 1.2, align: 'right' },
      { header: 'Alarms', width: 2.2 },
    ],
    drills.map((drill) => ({
      cells: [
        `#${drill.drill}`,
        `${drill.alarms}`,
        `${drill.acknowledgedAtEnd}`,
        `${drill.resolvedAtEnd}`,
        drill.alarmIds.map((id) => `#${id}`).join(' '),
      ],
    })),
  );
  paragraph(
    doc,
    'Drill alarms are left out of every figure and list above; each drill has its own report with response times per guard.',
    8,
    COLOR.muted,
  );
}
