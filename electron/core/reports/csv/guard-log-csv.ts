import { peopleText, placeText, vehiclesText } from '../guard-log-sections.js';
import type { ShiftReport } from '../shift-report.js';
import type { Cell } from './csv-cells.js';

type Table = (section: string, header: string[], rows: Cell[][]) => Cell[][];

/** The guard-log lines of the summary table. */
export const guardLogSummaryRows = (report: ShiftReport): Cell[][] => [
  ['guard-logged incidents', report.guardLoggedIncidents.length],
  ['handovers', report.handovers.length],
];

/** One row per guard-logged incident and one per handover, after the other sections. */
export function guardLogTables(report: ShiftReport, table: Table, time: (at: number | null) => Cell): Cell[][] {
  return [
    ...table(
      'logged incident',
      [
        'incident id',
        'occurred at',
        'logged at',
        'logged by',
        'seat',
        'category',
        'floor',
        'zone',
        'x m',
        'y m',
        'place',
        'people',
        'vehicles',
        'linked alarms',
        'narrative',
      ],
      report.guardLoggedIncidents.map((o) => [
        o.id,
        time(o.occurredAt),
        time(o.loggedAt),
        o.loggedBy,
        o.seat,
        o.category,
        o.floorId,
        o.zone,
        o.x,
        o.y,
        placeText(o),
        peopleText(o),
        vehiclesText(o),
        o.alarmIds.join(' '),
        o.narrative,
      ]),
    ),
    ...table(
      'handover',
      [
        'handover id',
        'shift id',
        'seat',
        'written by',
        'written at',
        'acknowledged by',
        'acknowledged at',
        'open alarms',
        'of which shelved',
        'notable events',
        'note',
      ],
      report.handovers.map((h) => [
        h.id,
        h.shiftId,
        h.seat,
        h.writtenBy,
        time(h.writtenAt),
        h.acknowledgedBy,
        time(h.acknowledgedAt),
        h.openAlarms,
        h.openAlarmsShelved,
        h.notable,
        h.note,
      ]),
    ),
  ];
}
