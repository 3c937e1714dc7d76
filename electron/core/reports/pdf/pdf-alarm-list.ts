import { duration, words } from '../report-words.js';
import type { ReportAlarm, ShiftReport, Stamp, TargetVerdict } from '../shift-report.js';
import { formatDayTime } from '../site-time.js';
import { contentLeft, contentWidth, ensureSpace, heading, paragraph, style, type Doc } from './pdf-page.js';
import { verdictColor } from './pdf-kpi-sections.js';
import { COLOR, FONT, PRIORITY_COLOR } from './pdf-style.js';
import { drawTable } from './pdf-table.js';

const STATUS_WORDS: Record<ReportAlarm['statusAtEnd'], string> = {
  resolved: 'Resolved',
  acknowledged: 'Open at end, acknowledged',
  unacknowledged: 'Open at end, unacknowledged',
};

/** On the milestone lines already; the log below them shows everything else. */
const MILESTONES = new Set(['raise', 'acknowledge', 'reset', 'resolve']);

type LogLine = { at: number; operator: string; action: string; text: string; afterEnd: boolean };

/** The alarm's other logged actions, and the resolve note (its disposition is on the milestone line). */
function logLines(alarm: ReportAlarm): LogLine[] {
  const lines: LogLine[] = alarm.entries
    .filter((entry) => !MILESTONES.has(entry.action))
    .map(({ at, operator, action, text, afterEnd }) => ({
      at,
      operator,
      action: words(action),
      text: text ?? '',
      afterEnd,
    }));
  for (const { at, by, kind, text, afterEnd } of alarm.notes)
    if (kind === 'resolve') lines.push({ at, operator: by, action: 'resolve note', text, afterEnd });
  return lines.sort((a, b) => a.at - b.at);
}

type Line = { label: string; stamp: string; clock: string; verdict: TargetVerdict | null };

function milestoneLines(alarm: ReportAlarm, tz: string, end: number): Line[] {
  const when = (stamp: Stamp | null, what: string, outcome = '') =>
    stamp === null
      ? `not ${what}`
      : `${formatDayTime(stamp.at, tz)} by ${stamp.by}${outcome}${stamp.at >= end ? ' (after the end of the range)' : ''}`;
  const clock = (s: number | null, targetS: number) =>
    `${s === null ? '–' : duration(s)} (target ${duration(targetS)})`;
  const lines: Line[] = [
    { label: 'Raised', stamp: formatDayTime(alarm.raisedAt, tz), clock: '', verdict: null },
    {
      label: 'Acknowledged',
      stamp: when(alarm.acknowledged, 'acknowledged'),
      clock: clock(alarm.acknowledgeS, alarm.targets.acknowledgeS),
      verdict: alarm.acknowledgeVerdict,
    },
  ];
  if (alarm.reset) lines.push({ label: 'Reset', stamp: when(alarm.reset, 'reset'), clock: '', verdict: null });
  const disposition = alarm.resolved?.disposition;
  lines.push({
    label: 'Resolved',
    stamp: when(alarm.resolved, 'resolved', disposition ? `: ${words(disposition)}` : ''),
    clock: clock(alarm.resolveS, alarm.targets.resolveS),
    verdict: alarm.resolveVerdict,
  });
  return lines;
}

function alarmHeader(doc: Doc, alarm: ReportAlarm): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const y = doc.y;
  doc.rect(left, y, width, 18).fillColor(COLOR.band).fill();
  doc.rect(left, y, 3, 18).fillColor(PRIORITY_COLOR[alarm.priority]).fill();
  style(doc, FONT.bold, 9, COLOR.ink).text(`#${alarm.id}`, left + 8, y + 5, { width: 44, lineBreak: false });
  style(doc, FONT.bold, 9, PRIORITY_COLOR[alarm.priority]).text(`P${alarm.priority}`, left + 50, y + 5, {
    width: 20,
    lineBreak: false,
  });
  const condition = words(alarm.condition);
  style(doc, FONT.bold, 9, COLOR.ink).text(condition.charAt(0).toUpperCase() + condition.slice(1), left + 72, y + 5, {
    width: width * 0.5,
    lineBreak: false,
  });
  const statusColor = alarm.statusAtEnd === 'resolved' ? COLOR.good : COLOR.warn;
  style(doc, FONT.bold, 8, statusColor).text(STATUS_WORDS[alarm.statusAtEnd], left + width * 0.55, y + 5.5, {
    width: width * 0.45 - 8,
    align: 'right',
    lineBreak: false,
  });
  const where = [
    alarm.deviceName ? `${alarm.deviceName} (${alarm.deviceId})` : alarm.deviceId,
    alarm.zoneName ?? alarm.zone,
    alarm.floorName,
    alarm.occurrences > 1 ? `${alarm.occurrences} occurrences` : null,
    alarm.incidentId === null ? null : `incident ${alarm.incidentId}`,
    alarm.chattering ? 'chattering' : null,
    alarm.category === 'trouble' ? 'trouble' : null,
  ].filter((part): part is string => part !== null && part !== '');
  style(doc, FONT.regular, 8, COLOR.muted).text(where.join('  |  '), left + 8, y + 22, { width: width - 16 });
  doc.y += 3;
}

function alarmBlock(doc: Doc, alarm: ReportAlarm, tz: string, end: number): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const lines = milestoneLines(alarm, tz, end);
  const log = logLines(alarm);
  ensureSpace(doc, 40 + lines.length * 11 + Math.min(log.length, 2) * 11);
  alarmHeader(doc, alarm);

  for (const line of lines) {
    const y = doc.y;
    style(doc, FONT.bold, 8, COLOR.ink).text(line.label, left + 8, y, { width: 70, lineBreak: false });
    style(doc, FONT.regular, 8, COLOR.ink).text(line.stamp, left + 80, y, { width: width * 0.58 - 80 });
    const after = doc.y;
    if (line.clock)
      style(doc, FONT.regular, 8, line.verdict ? verdictColor(line.verdict) : COLOR.ink).text(
        `${line.clock}${line.verdict ? `: ${line.verdict}` : ''}`,
        left + width * 0.58,
        y,
        { width: width * 0.42 - 8, align: 'right' },
      );
    doc.y = Math.max(after, doc.y) + 1.5;
  }

  for (const entry of log) {
    const text = `${entry.text}${entry.afterEnd ? '  (after the end of the range)' : ''}`;
    style(doc, FONT.regular, 8, COLOR.ink);
    const height = doc.heightOfString(text || ' ', { width: width - 250 }) + 2;
    ensureSpace(doc, height);
    const y = doc.y;
    const color = entry.afterEnd ? COLOR.faint : COLOR.ink;
    style(doc, FONT.regular, 8, COLOR.muted).text(formatDayTime(entry.at, tz), left + 8, y, { width: 72 });
    style(doc, FONT.regular, 8, color).text(entry.operator, left + 80, y, {
      width: 80,
      lineBreak: false,
      ellipsis: true,
    });
    style(doc, FONT.bold, 8, color).text(entry.action, left + 164, y, { width: 70, lineBreak: false });
    style(doc, FONT.regular, 8, color).text(text, left + 236, y, { width: width - 244 });
    doc.y = Math.max(doc.y, y + 10) + 1.5;
  }
  doc.y += 9;
}

/** Every alarm raised in the range with its timeline and what the guards wrote. */
export function alarmListSection(doc: Doc, report: ShiftReport): void {
  heading(doc, `Alarms raised in this range (${report.alarms.length})`, 90);
  if (report.alarms.length === 0) return paragraph(doc, 'No alarms were raised in this range.');
  for (const alarm of report.alarms) alarmBlock(doc, alarm, report.range.timezone, report.range.to);
}

/** Work on alarms raised before the range, and any other logged action the sections above do not show. */
export function otherActionsSection(doc: Doc, report: ShiftReport): void {
  const tz = report.range.timezone;
  heading(doc, 'Other actions in this range');
  if (report.otherActions.length === 0)
    return paragraph(doc, 'None: every action logged in this range concerns an alarm listed above.');
  paragraph(doc, 'Actions on alarms raised before the range began, and actions not tied to an alarm.');
  drawTable(
    doc,
    [
      { header: 'When', width: 1.1 },
      { header: 'By', width: 1 },
      { header: 'Action', width: 1 },
      { header: 'Alarm', width: 0.6, align: 'right' },
      { header: 'Device', width: 1.4 },
      { header: 'Detail', width: 2.6 },
    ],
    report.otherActions.map((a) => ({
      cells: [
        formatDayTime(a.at, tz),
        a.operator,
        words(a.action),
        a.alarmId === null ? '–' : `#${a.alarmId}`,
        a.deviceId ?? '–',
        a.text ?? '',
      ],
    })),
  );
}
