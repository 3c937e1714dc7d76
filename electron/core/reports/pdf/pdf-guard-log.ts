import { peopleText, placeText, vehiclesText } from '../guard-log-sections.js';
import { words } from '../report-words.js';
import type { ShiftReport } from '../shift-report.js';
import { formatDayTime } from '../site-time.js';
import { heading, paragraph, type Doc } from './pdf-page.js';
import { COLOR } from './pdf-style.js';
import { drawTable } from './pdf-table.js';

/** Incidents guards logged: what, where, who and what was involved, linked alarms, and the narrative. */
export function guardLoggedIncidentsSection(doc: Doc, report: ShiftReport): void {
  heading(doc, 'Incidents logged by guards', 20);
  const incidents = report.guardLoggedIncidents;
  if (incidents.length === 0) return paragraph(doc, 'No incident was logged by a guard in this range.', 8.5, COLOR.ink);
  const tz = report.range.timezone;
  drawTable(
    doc,
    [
      { header: 'When', width: 1 },
      { header: 'What', width: 1.1 },
      { header: 'Where', width: 1.6 },
      { header: 'Involved', width: 2.2 },
      { header: 'Alarms', width: 0.7 },
      { header: 'Logged by', width: 1 },
    ],
    incidents.map((o) => ({
      cells: [
        formatDayTime(o.occurredAt, tz),
        words(o.category),
        placeText(o),
        [peopleText(o), vehiclesText(o)].filter((text) => text !== '').join(' | ') || '–',
        o.alarmIds.length === 0 ? '–' : o.alarmIds.map((id) => `#${id}`).join(' '),
        `${o.loggedBy} (${formatDayTime(o.loggedAt, tz)})`,
      ],
    })),
  );
  for (const o of incidents)
    paragraph(doc, `#${o.id} ${words(o.category)}, ${formatDayTime(o.occurredAt, tz)}: ${o.narrative}`, 8, COLOR.ink);
}

/** Who handed over to whom, when, with the note and how much was open. */
export function handoversSection(doc: Doc, report: ShiftReport): void {
  heading(doc, 'Handovers', 20);
  if (report.handovers.length === 0)
    return paragraph(doc, 'No handover was written or acknowledged in this range.', 8.5, COLOR.ink);
  const tz = report.range.timezone;
  drawTable(
    doc,
    [
      { header: 'Written', width: 1.5 },
      { header: 'Acknowledged', width: 1.5 },
      { header: 'Open alarms', width: 0.8, align: 'right' },
      { header: 'Notable', width: 0.7, align: 'right' },
      { header: 'Note', width: 3 },
    ],
    report.handovers.map((h) => ({
      cells: [
        `${h.writtenBy} at ${h.seat}, ${formatDayTime(h.writtenAt, tz)}`,
        h.acknowledgedBy && h.acknowledgedAt !== null
          ? `${h.acknowledgedBy}, ${formatDayTime(h.acknowledgedAt, tz)}`
          : { text: 'not acknowledged', color: COLOR.bad, bold: true },
        h.openAlarmsShelved > 0 ? `${h.openAlarms} (${h.openAlarmsShelved} shelved)` : String(h.openAlarms),
        String(h.notable),
        h.note,
      ],
    })),
  );
}
