import { PRIORITIES } from '../../../shared/domain/alarm.js';
import type { ConditionCount, DispositionCount, PriorityCount, ReportAlarm, ZoneCount } from './shift-report.js';
import { compareText } from './compare-text.js';

type Tally = { alarms: number; occurrences: number };

function tally<Key>(alarms: readonly ReportAlarm[], keyOf: (alarm: ReportAlarm) => Key): Map<Key, Tally> {
  const counts = new Map<Key, Tally>();
  for (const alarm of alarms) {
    const key = keyOf(alarm);
    const entry = counts.get(key) ?? { alarms: 0, occurrences: 0 };
    entry.alarms += 1;
    entry.occurrences += alarm.occurrences;
    counts.set(key, entry);
  }
  return counts;
}

/** Most alarms first; ties in a fixed order so the same data always gives the same report. */
const byAlarmsThen =
  <Row extends Tally>(name: (row: Row) => string) =>
  (a: Row, b: Row): number =>
    b.alarms - a.alarms || b.occurrences - a.occurrences || compareText(name(a), name(b));

/** Every priority, including those with no alarms: an empty P1 row is itself worth reading. */
export function countByPriority(alarms: readonly ReportAlarm[]): PriorityCount[] {
  const counts = tally(alarms, (alarm) => alarm.priority);
  return PRIORITIES.map((priority) => ({ priority, ...(counts.get(priority) ?? { alarms: 0, occurrences: 0 }) }));
}

export function countByCondition(alarms: readonly ReportAlarm[]): ConditionCount[] {
  return [...tally(alarms, (alarm) => alarm.condition)]
    .map(([condition, counts]) => ({ condition, ...counts }))
    .sort(byAlarmsThen((row) => row.condition));
}

export function countByZone(alarms: readonly ReportAlarm[]): ZoneCount[] {
  const names = new Map(alarms.map((alarm) => [alarm.zone, alarm.zoneName]));
  return [...tally(alarms, (alarm) => alarm.zone)]
    .map(([zone, counts]) => ({ zone, name: names.get(zone) ?? null, ...counts }))
    .sort(byAlarmsThen((row) => row.zone ?? '\uffff'));
}

/** Dispositions given before the end of the range; the rest count as not resolved (null). */
export function countByDisposition(alarms: readonly ReportAlarm[]): DispositionCount[] {
  const counts = tally(alarms, (alarm) =>
    alarm.statusAtEnd === 'resolved' ? (alarm.resolved?.disposition ?? null) : null,
  );
  return [...counts]
    .map(([disposition, { alarms: count }]) => ({ disposition, alarms: count }))
    .sort((a, b) => b.alarms - a.alarms || compareText(a.disposition ?? '\uffff', b.disposition ?? '\uffff'));
}
