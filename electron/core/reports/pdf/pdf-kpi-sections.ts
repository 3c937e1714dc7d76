import { duration, percent, priorityLabel, shortDuration, words } from '../report-words.js';
import type { ClockKpi, ShiftReport, TargetVerdict } from '../shift-report.js';
import { formatDayTime } from '../site-time.js';
import { rankedBars } from './pdf-charts.js';
import { heading, paragraph, type Doc } from './pdf-page.js';
import { COLOR } from './pdf-style.js';
import { drawTable, type TableCell } from './pdf-table.js';

const seconds = (s: number | null) => (s === null ? '–' : shortDuration(s));
const targets = (clock: ClockKpi) => (clock.targetsS.length === 0 ? '–' : clock.targetsS.map(shortDuration).join(', '));
/** Green at 90% and over: the usual bar for a monitoring centre's response targets. */
export const GOOD_SHARE = 0.9;
const metCell = (clock: ClockKpi): TableCell => {
  const text = clock.metShare === null ? '–' : `${percent(clock.metShare)} (${clock.met}/${clock.met + clock.missed})`;
  const color = clock.metShare === null ? COLOR.muted : clock.metShare >= GOOD_SHARE ? COLOR.good : COLOR.bad;
  return { text: clock.pending > 0 ? `${text}; ${clock.pending} pending` : text, color };
};

export const verdictColor = (verdict: TargetVerdict): string =>
  verdict === 'met' ? COLOR.good : verdict === 'missed' ? COLOR.bad : COLOR.muted;

export function responseSection(doc: Doc, report: ShiftReport): void {
  heading(doc, 'Response times against targets');
  drawTable(
    doc,
    [
      { header: 'Priority', width: 1 },
      { header: 'Alarms', width: 0.9, align: 'right' },
      { header: 'Ack median', width: 1, align: 'right' },
      { header: 'Ack p90', width: 1, align: 'right' },
      { header: 'Ack target', width: 1, align: 'right' },
      { header: 'Ack target met', width: 1.7 },
      { header: 'Resolve median', width: 1.1, align: 'right' },
      { header: 'Resolve p90', width: 1, align: 'right' },
      { header: 'Resolve target', width: 1.1, align: 'right' },
      { header: 'Resolve target met', width: 1.7 },
    ],
    report.kpis.response.map((row) => ({
      cells: [
        { text: priorityLabel(row.priority), bold: true },
        String(row.alarms),
        seconds(row.acknowledge.medianS),
        seconds(row.acknowledge.p90S),
        row.priority === 'all' ? 'per alarm' : targets(row.acknowledge),
        metCell(row.acknowledge),
        seconds(row.resolve.medianS),
        seconds(row.resolve.p90S),
        row.priority === 'all' ? 'per alarm' : targets(row.resolve),
        metCell(row.resolve),
      ],
    })),
  );
  paragraph(
    doc,
    'Times run from the raise to the first acknowledgement and to the resolution, counted when they happened ' +
      'before the end of the range. An alarm still waiting at the end counts as missed once its target had passed, ' +
      'otherwise as pending. Medians and 90th percentiles interpolate between ranks (as PERCENTILE.INC does).',
  );
}

export function breakdownSection(doc: Doc, report: ShiftReport): void {
  const { byCondition, byZone, byDisposition } = report.kpis;
  const occurrences = (alarms: number, occ: number) => (occ > alarms ? `(${occ} occurrences)` : undefined);
  heading(doc, 'Alarms by condition');
  if (byCondition.length === 0) paragraph(doc, 'No alarms were raised in this range.');
  else
    rankedBars(
      doc,
      byCondition.map((row) => ({
        label: words(row.condition),
        value: row.alarms,
        ...optionalNote(occurrences(row.alarms, row.occurrences)),
      })),
    );
  heading(doc, 'Alarms by zone');
  if (byZone.length === 0) paragraph(doc, 'No alarms were raised in this range.');
  else
    rankedBars(
      doc,
      byZone.map((row) => ({
        label: row.zone === null ? '(no zone)' : (row.name ?? row.zone),
        value: row.alarms,
        ...optionalNote(occurrences(row.alarms, row.occurrences)),
      })),
    );
  heading(doc, 'Dispositions');
  if (byDisposition.length === 0) paragraph(doc, 'No alarms were raised in this range.');
  else
    rankedBars(
      doc,
      byDisposition.map((row) => ({
        label: row.disposition === null ? 'not resolved by the end' : words(row.disposition),
        value: row.alarms,
      })),
    );
}

const optionalNote = (note: string | undefined) => (note === undefined ? {} : { note });

/** Top devices by occurrences; the rest are in the CSV and JSON, and the page says how many. */
export const NOISIEST_SHOWN = 10;

export function devicesSection(doc: Doc, report: ShiftReport): void {
  const { devices, falseAlarms } = report.kpis;
  heading(doc, 'Noisiest devices and false alarms');
  paragraph(
    doc,
    `False alarms: ${percent(falseAlarms.rate)} (${falseAlarms.falseAlarms} of ${falseAlarms.resolved} alarms resolved in ` +
      'the range were resolved as false alarms: equipment or user error).',
    8.5,
    COLOR.ink,
  );
  if (devices.length === 0) return;
  drawTable(
    doc,
    [
      { header: 'Device', width: 3 },
      { header: 'Zone', width: 1.6 },
      { header: 'Alarms', width: 0.8, align: 'right' },
      { header: 'Occurrences', width: 1.2, align: 'right' },
      { header: 'Resolved', width: 0.9, align: 'right' },
      { header: 'False', width: 0.7, align: 'right' },
      { header: 'False rate', width: 0.9, align: 'right' },
    ],
    devices.slice(0, NOISIEST_SHOWN).map((d) => ({
      cells: [
        d.name ? `${d.name} (${d.deviceId})` : d.deviceId,
        d.zoneName ?? d.zone ?? '–',
        String(d.alarms),
        String(d.occurrences),
        String(d.resolved),
        String(d.falseAlarms),
        percent(d.falseAlarmRate),
      ],
    })),
  );
  const more = devices.length - NOISIEST_SHOWN;
  if (more > 0) paragraph(doc, `${more} more devices raised alarms in this range; the CSV and JSON exports list all.`);
}

export function floodSection(doc: Doc, report: ShiftReport): void {
  const { flood } = report.kpis;
  const tz = report.range.timezone;
  heading(doc, 'Alarm flood (ISA-18.2)');
  paragraph(
    doc,
    `In flood for ${duration(flood.totalS)} of the range: time during which more than ${flood.thresholdAlarms} alarms ` +
      `had been raised in the preceding ${flood.windowS / 60} minutes. The busiest ${flood.windowS / 60} minutes held ` +
      `${flood.busiestWindow} alarms.`,
    8.5,
    COLOR.ink,
  );
  if (flood.periods.length === 0) return;
  drawTable(
    doc,
    [
      { header: 'From', width: 1 },
      { header: 'To', width: 1 },
      { header: 'Duration', width: 1, align: 'right' },
      { header: 'Peak alarms in 10 min', width: 1.2, align: 'right' },
    ],
    flood.periods.map((p) => ({
      cells: [formatDayTime(p.start, tz), formatDayTime(p.end, tz), duration((p.end - p.start) / 1000), String(p.peak)],
    })),
  );
}

export function shelvedSection(doc: Doc, report: ShiftReport): void {
  const tz = report.range.timezone;
  heading(doc, 'Shelved alarms');
  if (report.shelved.length === 0) return paragraph(doc, 'Nothing was shelved in this range.');
  drawTable(
    doc,
    [
      { header: 'When', width: 1.1 },
      { header: 'By', width: 1 },
      { header: 'Alarm', width: 0.6, align: 'right' },
      { header: 'Device', width: 1.8 },
      { header: 'For', width: 0.7, align: 'right' },
      { header: 'Reason', width: 2.4 },
    ],
    report.shelved.map((s) => ({
      cells: [
        formatDayTime(s.at, tz),
        s.by,
        s.alarmId === null ? '–' : `#${s.alarmId}`,
        s.deviceName ?? s.deviceId ?? '–',
        s.minutes === null ? '–' : shortDuration(s.minutes * 60),
        s.reason ?? '–',
      ],
    })),
  );
}

export function serviceSection(doc: Doc, report: ShiftReport): void {
  const tz = report.range.timezone;
  heading(doc, 'Devices out of service');
  if (report.service.length === 0)
    return paragraph(doc, 'No device was taken out of service or returned in this range.');
  drawTable(
    doc,
    [
      { header: 'When', width: 1.1 },
      { header: 'By', width: 1 },
      { header: 'Action', width: 1.3 },
      { header: 'Device', width: 2 },
      { header: 'Reason', width: 2.4 },
    ],
    report.service.map((s) => ({
      cells: [
        formatDayTime(s.at, tz),
        s.by,
        words(s.action),
        s.deviceName ? `${s.deviceName} (${s.deviceId ?? ''})` : (s.deviceId ?? '–'),
        [s.reason, s.hours === null ? null : `for ${s.hours} h`].filter(Boolean).join(', ') || '–',
      ],
    })),
  );
}
