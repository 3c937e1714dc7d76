import type { ClockKpi, ShiftReport } from '../shift-report.js';
import { formatIso } from '../site-time.js';
import { csvLines, type Cell } from './csv-cells.js';
import { patrolSummaryRows, patrolTables } from './patrol-csv.js';
import { guardLogSummaryRows, guardLogTables } from './guard-log-csv.js';

/** Opening byte order mark: without it Excel reads UTF-8 (Café, a note in Hebrew) as Windows-1252. */
const BOM = '\uFEFF';

const share = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 10);
const clockCells = (clock: ClockKpi): Cell[] => [
  clock.samples,
  clock.medianS,
  clock.p90S,
  clock.targetsS.join(' '),
  clock.met,
  clock.missed,
  clock.pending,
  share(clock.metShare),
];
const clockHeader = (name: string) =>
  ['samples', 'median s', 'p90 s', 'target s', 'met', 'missed', 'pending', 'met %'].map((h) => `${name} ${h}`);

/**
 * The report as one CSV file with a `section` column: each section is a header row (its first cell
 * is "section") followed by its rows, so filtering the first column gives one table. Times are
 * ISO 8601 in the site's timezone with their offset; durations are seconds; shares are percent.
 */
export function reportCsv(report: ShiftReport): string {
  const tz = report.range.timezone;
  const time = (at: number | null | undefined) => (at === null || at === undefined ? null : formatIso(at, tz));
  const { summary, kpis } = report;
  const table = (section: string, header: string[], rows: Cell[][]): Cell[][] => [
    ['section', ...header],
    ...rows.map((row) => [section, ...row]),
  ];

  return (
    BOM +
    csvLines([
      ...table(
        'summary',
        ['item', 'value'],
        [
          ['site', report.site?.name ?? null],
          ['site id', report.site?.id ?? null],
          ['from', time(report.range.from)],
          ['to (exclusive)', time(report.range.to)],
          ['timezone', tz],
          ['generated at', time(report.generatedAt)],
          ['alarms raised', summary.alarmsRaised],
          ['occurrences', summary.occurrences],
          ['resolved in range', summary.resolved],
          ['open at end', summary.openAtEnd],
          ['unacknowledged at end', summary.unacknowledgedAtEnd],
          ['escalations', summary.escalations],
          ['notes', summary.notes],
          ['events stored', summary.eventsStored],
          ['earlier alarms acted on', summary.earlierAlarmsActedOn],
          ['false alarms %', share(kpis.falseAlarms.rate)],
          ['flood time s', kpis.flood.totalS],
          ['busiest 10 min (alarms)', kpis.flood.busiestWindow],
          ...patrolSummaryRows(report.patrols),
          ...guardLogSummaryRows(report),
        ],
      ),
      ...table(
        'priority',
        ['priority', 'alarms', 'occurrences'],
        kpis.byPriority.map((row) => [row.priority, row.alarms, row.occurrences]),
      ),
      ...table(
        'condition',
        ['condition', 'alarms', 'occurrences'],
        kpis.byCondition.map((row) => [row.condition, row.alarms, row.occurrences]),
      ),
      ...table(
        'zone',
        ['zone', 'zone name', 'alarms', 'occurrences'],
        kpis.byZone.map((row) => [row.zone, row.name, row.alarms, row.occurrences]),
      ),
      ...table(
        'disposition',
        ['disposition', 'alarms'],
        kpis.byDisposition.map((row) => [row.disposition ?? 'not resolved by end', row.alarms]),
      ),
      ...table(
        'response',
        ['priority', 'alarms', ...clockHeader('acknowledge'), ...clockHeader('resolve')],
        kpis.response.map((row) => [
          row.priority,
          row.alarms,
          ...clockCells(row.acknowledge),
          ...clockCells(row.resolve),
        ]),
      ),
      ...table(
        'device',
        [
          'device',
          'device name',
          'zone',
          'zone name',
          'alarms',
          'occurrences',
          'resolved',
          'false alarms',
          'false alarms %',
        ],
        kpis.devices.map((d) => [
          d.deviceId,
          d.name,
          d.zone,
          d.zoneName,
          d.alarms,
          d.occurrences,
          d.resolved,
          d.falseAlarms,
          share(d.falseAlarmRate),
        ]),
      ),
      ...table(
        'flood',
        ['start', 'end', 'duration s', 'peak alarms in 10 min'],
        kpis.flood.periods.map((p) => [time(p.start), time(p.end), (p.end - p.start) / 1000, p.peak]),
      ),
      ...table(
        'hour',
        ['start', 'end', 'alarms'],
        kpis.alarmsByHour.map((b) => [time(b.start), time(b.end), b.alarms]),
      ),
      ...table(
        'alarm',
        [
          'alarm id',
          'raised at',
          'priority',
          'condition',
          'category',
          'device',
          'device name',
          'zone',
          'floor',
          'incident',
          'occurrences',
          'acknowledged at',
          'acknowledged by',
          'acknowledge s',
          'acknowledge target s',
          'acknowledge target',
          'reset at',
          'resolved at',
          'resolved by',
          'resolve s',
          'resolve target s',
          'resolve target',
          'disposition',
          'status at end',
          'escalations',
          'notes',
        ],
        report.alarms.map((a) => [
          a.id,
          time(a.raisedAt),
          a.priority,
          a.condition,
          a.category,
          a.deviceId,
          a.deviceName,
          a.zone,
          a.floorId,
          a.incidentId,
          a.occurrences,
          time(a.acknowledged?.at),
          a.acknowledged?.by ?? null,
          a.acknowledgeS,
          a.targets.acknowledgeS,
          a.acknowledgeVerdict,
          time(a.reset?.at),
          time(a.resolved?.at),
          a.resolved?.by ?? null,
          a.resolveS,
          a.targets.resolveS,
          a.resolveVerdict,
          a.resolved?.disposition ?? null,
          a.statusAtEnd,
          a.escalations.length,
          a.notes.length,
        ]),
      ),
      ...table(
        'alarm action',
        ['alarm id', 'at', 'operator', 'seat', 'action', 'text', 'after end of range'],
        report.alarms.flatMap((a) =>
          a.entries.map((e) => [a.id, time(e.at), e.operator, e.seat, e.action, e.text, e.afterEnd]),
        ),
      ),
      ...table(
        'other action',
        ['alarm id', 'at', 'operator', 'seat', 'action', 'device', 'text'],
        report.otherActions.map((o) => [o.alarmId, time(o.at), o.operator, o.seat, o.action, o.deviceId, o.text]),
      ),
      ...table(
        'shelved',
        ['at', 'by', 'alarm id', 'device', 'device name', 'minutes', 'until', 'reason'],
        report.shelved.map((s) => [
          time(s.at),
          s.by,
          s.alarmId,
          s.deviceId,
          s.deviceName,
          s.minutes,
          time(s.until),
          s.reason,
        ]),
      ),
      ...table(
        'service',
        ['at', 'by', 'action', 'device', 'device name', 'hours', 'reason'],
        report.service.map((s) => [time(s.at), s.by, s.action, s.deviceId, s.deviceName, s.hours, s.reason]),
      ),
      ...patrolTables(report.patrols, table, time),
      ...guardLogTables(report, table, time),
      // Training drills, kept out of every figure above (docs/drills.md).
      ...table(
        'drill',
        ['drill', 'drill alarms raised', 'acknowledged by end', 'resolved by end', 'alarm ids'],
        (report.drills ?? []).map((d) => [
          d.drill,
          d.alarms,
          d.acknowledgedAtEnd,
          d.resolvedAtEnd,
          d.alarmIds.join(' '),
        ]),
      ),
    ])
  );
}
