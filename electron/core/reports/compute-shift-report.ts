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

/** The whole report from plain rows: pure, so every number in it is tested without a database. */
export function computeShiftReport(rows: ShiftReportRows, site: Site | null): ShiftReport {
  const { range } = rows;
  const timezone = site?.timezone ?? 'UTC';
  const names = siteNames(site);
  const actions = [...rows.actions].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const alarms = [...rows.alarms]
    .sort((a, b) => a.raisedAt - b.raisedAt || a.id - b.id)
    .map((alarm) => reportAlarm(alarm, rows.alarmActions.get(alarm.id) ?? [], range, names));
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
  };
}
