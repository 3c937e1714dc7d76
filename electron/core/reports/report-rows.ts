import type { Alarm } from '../../../shared/domain/alarm.js';
import type { TourRun } from '../../../shared/domain/patrol.js';
import type { Occurrence } from '../../../shared/domain/occurrence.js';
import type { Handover } from '../../../shared/domain/shift.js';
import type { ActionRecord } from '../store/action-log.js';

/** An action log row as the report reads it (the hash fields are the audit command's business). */
export type ReportActionRow = Pick<
  ActionRecord,
  'seq' | 'at' | 'operator' | 'seat' | 'action' | 'alarmId' | 'deviceId' | 'detail'
>;

/** What the report is computed from: plain rows, read by a thin adapter (build-shift-report.ts). */
export type ShiftReportRows = {
  range: { from: number; to: number };
  generatedAt: number;
  /** Every alarm raised in [from, to), in any order. */
  alarms: readonly Alarm[];
  /** Each of those alarms' logged actions, whenever they happened (also after `to`). */
  alarmActions: ReadonlyMap<number, readonly ReportActionRow[]>;
  /** Every action logged in [from, to), whatever it concerns. */
  actions: readonly ReportActionRow[];
  /** Raise times in [from − 10 min, from): alarms that still count towards a flood inside the range. */
  raisesBefore: readonly number[];
  eventsStored: number;
  /** Tour runs that started in [from, to); absent where the database has no patrol tables. */
  patrolRuns?: readonly TourRun[];
  /** Guard-logged incidents logged in [from, to); none when left out. */
  occurrences?: readonly Occurrence[];
  /** Handovers written or acknowledged in [from, to); none when left out. */
  handovers?: readonly Handover[];
};
