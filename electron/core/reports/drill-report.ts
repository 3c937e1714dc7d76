import type { Drill } from '../../../shared/api/drills.js';
import type { AlarmCondition, Priority } from '../../../shared/domain/alarm.js';
import type { TargetVerdict } from './shift-report.js';

export const DRILL_REPORT_FORMAT_VERSION = 1;

/** One drill alarm as the guards handled it; durations in seconds from the raise. */
export type DrillAlarmScore = {
  alarmId: number;
  deviceId: string;
  place: string;
  condition: AlarmCondition;
  priority: Priority;
  raisedAt: number;
  /** The first acknowledgement, from the action log. */
  acknowledged: { by: string; at: number; afterS: number } | null;
  acknowledgeTargetS: number;
  acknowledgeVerdict: TargetVerdict;
  resolved: { by: string; at: number; afterS: number; disposition: string | null } | null;
  resolveTargetS: number;
  resolveVerdict: TargetVerdict;
  checklist: { done: number; steps: number };
};

/** One guard's part in the drill. */
export type DrillGuardScore = {
  guard: string;
  /** Drill alarms this guard acknowledged first, and how fast. */
  acknowledged: number;
  acknowledgeMedianS: number | null;
  acknowledgeWorstS: number | null;
  acknowledgeMet: number;
  /** Drill alarms this guard resolved, and how fast. */
  resolved: number;
  resolveMedianS: number | null;
  resolveWorstS: number | null;
  resolveMet: number;
  /** Checklist steps done on the alarms this guard resolved, whoever ticked them, out of all their steps. */
  checklistDone: number;
  checklistSteps: number;
  /** Done / steps; null when the alarms resolved had no checklist. */
  checklistShare: number | null;
  /** Checklist steps this guard ticked, on any drill alarm. */
  stepsTicked: number;
};

/** What `GET /api/drills/:id/report?format=json` returns; times epoch ms, durations seconds. */
export type DrillReport = {
  formatVersion: typeof DRILL_REPORT_FORMAT_VERSION;
  generatedAt: number;
  site: { id: string; name: string } | null;
  timezone: string;
  drill: Drill;
  /**
   * Judged as things stand when the report is made: guards often finish a drill's alarms after its
   * traffic has stopped, and that work counts. Still-open alarms are pending or missed.
   */
  judgedAt: number;
  summary: {
    alarms: number;
    acknowledged: number;
    resolved: number;
    acknowledgeMet: number;
    resolveMet: number;
    checklistDone: number;
    checklistSteps: number;
  };
  guards: DrillGuardScore[];
  alarms: DrillAlarmScore[];
};
