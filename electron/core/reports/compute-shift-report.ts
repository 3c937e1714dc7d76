import type { Alarm } from '../../../shared/domain/alarm.js';
import type { Site } from '../../../shared/domain/site.js';
import { countByCondition, countByDisposition, countByPriority, countByZone } from './alarm-counts.js';
import { reportAlarm } from './alarm-timeline.js';
import { otherActions, serviceItems, shelveItems } from './action-sections.js';
import { patrolSection } from './patrol-kpis.js';
import { handoverItems, occurrenceItems } from './guard-log-sections.js';
import { deviceStats, falseAlarmRate } from './device-kpis.js';
import { floodSummary } from './flood-time.js';
import { alarmsByHour } from './hour-buckets.js';
import type { ShiftReportRows } from './report-rows.js';
import { responseRows } from './response-kpis.js';
import { SHIFT_REPORT_FORMAT_VERSION, type ShiftReport } from './shift-report.js';
import { siteNames } from './site-names.js';
import { drillSection, splitDrillAlarms, withoutDrillActions } from './drill-sections.js';

/** The whole report from plain rows: pure, so every number in it is tested without a database. */
export function computeShiftReport(rows: ShiftReportRows, site: Site | null): ShiftReport {
  const { range } = rows;
  const timezone = site?.timezone ?? 'UTC';
  const names = siteNames(site);
  // Drill alarms (docs/drills.md) are reported apart and never count towards the real figures.
  const split = splitDrillAlarms(rows.alarms);
  const drillIds = new Set(split.drill.map((alarm) => alarm.id));
  const actions = withoutDrillActions(rows.actions, drillIds).sort((a, b) => a.at - b.at || a.seq - b.seq);
  const toReport = (alarm: Alarm) => reportAlarm(alarm, rows.alarmActions.get(alarm.id) ?? [], range, names);
  const alarms = split.real.sort((a, b) => a.raisedAt - b.raisedAt || a.id - b.id).map(toReport);
  const drills = drillSection(split.drill.map((alarm) => ({ ...toReport(alarm), drill: alarm.drill ?? 0 })));
  const listed = new Set(alarms.map((alarm) => alarm.id));
  const others = otherActions(actions, listed);
  const raised = alarms.map((alarm) => alarm.raisedAt);
  const resolved = alarms.filter((alarm) => alarm.statusAtEnd === 'resolved').length;

  return {
    formatVersion: SHIFT_REPORT_FORMAT_VERSION,
    generatedAt: rows.generatedAt,
    site: site ? { id: site.id, name: site.name } : null,
    range: { from: range.from, to: range.to, timezone },
    summary: {
      alarmsRaised: alarms.length,
      occurrences: alarms.reduce((sum, alarm) => sum + alarm.occurrences, 0),
      resolved,
      openAtEnd: alarms.length - resolved,
      unacknowledgedAtEnd: alarms.filter((alarm) => alarm.statusAtEnd === 'unacknowledged').length,
      escalations: actions.filter((row) => row.action === 'escalate').length,
      notes: actions.filter((row) => row.action === 'note').length,
      eventsStored: rows.eventsStored,
      earlierAlarmsActedOn: new Set(others.flatMap((row) => (row.alarmId === null ? [] : [row.alarmId]))).size,
    },
    kpis: {
      byPriority: countByPriority(alarms),
      byCondition: countByCondition(alarms),
      byZone: countByZone(alarms),
      byDisposition: countByDisposition(alarms),
      response: responseRows(alarms, range.to),
      falseAlarms: falseAlarmRate(alarms),
      devices: deviceStats(alarms),
      flood: floodSummary([...rows.raisesBefore, ...raised], range),
      alarmsByHour: alarmsByHour(raised, range, timezone),
    },
    alarms,
    otherActions: others,
    shelved: shelveItems(actions, names),
    service: serviceItems(actions, names),
    patrols: rows.patrolRuns ? patrolSection(rows.patrolRuns) : { recorded: false },
    guardLoggedIncidents: occurrenceItems(rows.occurrences ?? [], names),
    handovers: handoverItems(rows.handovers ?? []),
    drills,
  };
}
