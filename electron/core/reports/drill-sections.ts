import type { Alarm } from '../../../shared/domain/alarm.js';
import type { ReportActionRow } from './report-rows.js';
import type { ReportAlarm } from './shift-report.js';

/** One drill's alarms in a shift report: kept apart, so the real KPIs measure real alarms only. */
export type ShiftReportDrill = {
  drill: number;
  alarms: number;
  acknowledgedAtEnd: number;
  resolvedAtEnd: number;
  alarmIds: number[];
};

/** Real alarms, and the drill alarms set aside (docs/drills.md). */
export function splitDrillAlarms(alarms: readonly Alarm[]): { real: Alarm[]; drill: Alarm[] } {
  return {
    real: alarms.filter((alarm) => alarm.drill === undefined),
    drill: alarms.filter((alarm) => alarm.drill !== undefined),
  };
}

/** Actions on drill alarms are the drill's: left out of the real counts (notes, escalations, other actions). */
export function withoutDrillActions<T extends Pick<ReportActionRow, 'alarmId'>>(
  actions: readonly T[],
  drillAlarmIds: ReadonlySet<number>,
): T[] {
  return actions.filter((row) => row.alarmId === null || !drillAlarmIds.has(row.alarmId));
}

/** Per drill, in drill order: how many of its alarms were raised in the range and where they stood at its end. */
export function drillSection(alarms: readonly (ReportAlarm & { drill: number })[]): ShiftReportDrill[] {
  const byDrill = new Map<number, ShiftReportDrill>();
  for (const alarm of alarms) {
    const entry = byDrill.get(alarm.drill) ?? {
      drill: alarm.drill,
      alarms: 0,
      acknowledgedAtEnd: 0,
      resolvedAtEnd: 0,
      alarmIds: [],
    };
    entry.alarms += 1;
    if (alarm.statusAtEnd !== 'unacknowledged') entry.acknowledgedAtEnd += 1;
    if (alarm.statusAtEnd === 'resolved') entry.resolvedAtEnd += 1;
    entry.alarmIds.push(alarm.id);
    byDrill.set(alarm.drill, entry);
  }
  return [...byDrill.values()].sort((a, b) => a.drill - b.drill);
}
