import type { Drill } from '../../../shared/api/drills.js';
import type { Alarm } from '../../../shared/domain/alarm.js';
import {
  DRILL_REPORT_FORMAT_VERSION,
  type DrillAlarmScore,
  type DrillGuardScore,
  type DrillReport,
} from './drill-report.js';
import { median } from './percentiles.js';
import type { ReportActionRow } from './report-rows.js';
import { judgeClock, toSeconds } from './response-kpis.js';

export type DrillRows = {
  drill: Drill;
  generatedAt: number;
  site: { id: string; name: string; timezone: string } | null;
  /** Every alarm the drill's traffic raised. */
  alarms: readonly Alarm[];
  /** Each of those alarms' logged actions. */
  alarmActions: ReadonlyMap<number, readonly ReportActionRow[]>;
  /** "Dock shutter (Loading dock)" for an alarm. */
  place(alarm: Alarm): string;
};

function scoreAlarm(alarm: Alarm, rows: readonly ReportActionRow[], at: number, place: string): DrillAlarmScore {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  const ack = sorted.find((row) => row.action === 'acknowledge');
  const resolve = sorted.findLast((row) => row.action === 'resolve');
  const acknowledged = ack ? { by: ack.operator, at: ack.at, afterS: toSeconds(ack.at - alarm.raisedAt) } : null;
  const resolvedAt = resolve?.at ?? alarm.resolvedAt;
  const resolved =
    resolvedAt === null
      ? null
      : {
          by: resolve?.operator ?? alarm.resolvedBy ?? 'unknown',
          at: resolvedAt,
          afterS: toSeconds(resolvedAt - alarm.raisedAt),
          disposition: alarm.disposition,
        };
  const clock = (doneAt: number | null, targetS: number) =>
    judgeClock({ raisedAt: alarm.raisedAt, doneAt, targetS }, at + 1).verdict;
  return {
    alarmId: alarm.id,
    deviceId: alarm.deviceId,
    place,
    condition: alarm.condition,
    priority: alarm.priority,
    raisedAt: alarm.raisedAt,
    acknowledged,
    acknowledgeTargetS: alarm.targets.acknowledgeS,
    acknowledgeVerdict: clock(acknowledged?.at ?? null, alarm.targets.acknowledgeS),
    resolved,
    resolveTargetS: alarm.targets.resolveS,
    resolveVerdict: clock(resolved?.at ?? null, alarm.targets.resolveS),
    checklist: { done: alarm.checklist.filter((step) => step.doneAt !== null).length, steps: alarm.checklist.length },
  };
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

function scoreGuard(guard: string, scores: readonly DrillAlarmScore[], alarms: readonly Alarm[]): DrillGuardScore {
  const acks = scores.filter((score) => score.acknowledged?.by === guard);
  const resolves = scores.filter((score) => score.resolved?.by === guard);
  const ackTimes = ascending(acks.map((score) => score.acknowledged?.afterS ?? 0));
  const resolveTimes = ascending(resolves.map((score) => score.resolved?.afterS ?? 0));
  const checklistDone = resolves.reduce((sum, score) => sum + score.checklist.done, 0);
  const checklistSteps = resolves.reduce((sum, score) => sum + score.checklist.steps, 0);
  return {
    guard,
    acknowledged: acks.length,
    acknowledgeMedianS: median(ackTimes),
    acknowledgeWorstS: ackTimes.at(-1) ?? null,
    acknowledgeMet: acks.filter((score) => score.acknowledgeVerdict === 'met').length,
    resolved: resolves.length,
    resolveMedianS: median(resolveTimes),
    resolveWorstS: resolveTimes.at(-1) ?? null,
    resolveMet: resolves.filter((score) => score.resolveVerdict === 'met').length,
    checklistDone,
    checklistSteps,
    checklistShare: checklistSteps === 0 ? null : checklistDone / checklistSteps,
    stepsTicked: alarms.reduce((sum, alarm) => sum + alarm.checklist.filter((step) => step.doneBy === guard).length, 0),
  };
}

/**
 * The drill report from plain rows: pure. Each guard is scored on the drill alarms they
 * acknowledged first and those they resolved, against each alarm's own targets, and on the
 * checklists of the alarms they resolved.
 */
export function scoreDrill(rows: DrillRows): DrillReport {
  const at = rows.generatedAt;
  const alarms = [...rows.alarms].sort((a, b) => a.raisedAt - b.raisedAt || a.id - b.id);
  const scores = alarms.map((alarm) => scoreAlarm(alarm, rows.alarmActions.get(alarm.id) ?? [], at, rows.place(alarm)));
  const guards = new Set<string>();
  for (const score of scores) {
    if (score.acknowledged) guards.add(score.acknowledged.by);
    if (score.resolved) guards.add(score.resolved.by);
  }
  for (const alarm of alarms) for (const step of alarm.checklist) if (step.doneBy !== null) guards.add(step.doneBy);
  return {
    formatVersion: DRILL_REPORT_FORMAT_VERSION,
    generatedAt: at,
    site: rows.site ? { id: rows.site.id, name: rows.site.name } : null,
    timezone: rows.site?.timezone ?? 'UTC',
    drill: rows.drill,
    judgedAt: at,
    summary: {
      alarms: scores.length,
      acknowledged: scores.filter((score) => score.acknowledged !== null).length,
      resolved: scores.filter((score) => score.resolved !== null).length,
      acknowledgeMet: scores.filter((score) => score.acknowledgeVerdict === 'met').length,
      resolveMet: scores.filter((score) => score.resolveVerdict === 'met').length,
      checklistDone: scores.reduce((sum, score) => sum + score.checklist.done, 0),
      checklistSteps: scores.reduce((sum, score) => sum + score.checklist.steps, 0),
    },
    guards: [...guards].sort().map((guard) => scoreGuard(guard, scores, alarms)),
    alarms: scores,
  };
}
