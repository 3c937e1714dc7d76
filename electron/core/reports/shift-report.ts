import type { RecordedPatrols } from './patrol-kpis.js';
import type { ReportHandover, ReportOccurrence } from './guard-log-sections.js';
import type { AlarmCategory, AlarmCondition, Disposition, Priority } from '../../../shared/domain/alarm.js';
import type { ShiftReportDrill } from './drill-sections.js';

/**
 * The shift report (daily activity report) for a time range [from, to): what happened, how the
 * desk responded and how that compares with the targets. Plain JSON (times are epoch ms), so the
 * same value feeds the JSON, CSV and PDF exports. Definitions: docs/reports.md.
 */
export type ShiftReport = {
  formatVersion: typeof SHIFT_REPORT_FORMAT_VERSION;
  generatedAt: number;
  site: { id: string; name: string } | null;
  range: ReportRange;
  summary: ReportSummary;
  kpis: ReportKpis;
  /** Every alarm raised in the range, oldest first. */
  alarms: ReportAlarm[];
  /** Actions logged in the range that no alarm above shows: on alarms raised earlier, or on none. */
  otherActions: OtherAction[];
  shelved: ShelveItem[];
  service: ServiceItem[];
  patrols: PatrolSection;
  /** Incidents guards logged in the range (docs/shifts.md), oldest first. */
  guardLoggedIncidents: ReportOccurrence[];
  /** Handovers written or acknowledged in the range, in the order they were written. */
  handovers: ReportHandover[];
  /**
   * Drill alarms raised in the range, per drill (docs/drills.md). They are not in `alarms`, the
   * summary or the KPIs; their actions are not in the counts or `otherActions`. Absent in reports
   * made before drills existed.
   */
  drills?: ShiftReportDrill[];
};

/** Bumped when a field changes meaning or goes away; adding fields keeps the version. */
export const SHIFT_REPORT_FORMAT_VERSION = 1;

/** `from` inclusive, `to` exclusive; times are shown in the site's timezone (UTC without a site). */
export type ReportRange = { from: number; to: number; timezone: string };

export type ReportSummary = {
  alarmsRaised: number;
  /** Occurrences in the range of the alarms raised in it (a re-trigger folds into its open alarm). */
  occurrences: number;
  /** Of the alarms raised in the range, those resolved before its end. */
  resolved: number;
  /** Of the alarms raised in the range, those not resolved before its end. */
  openAtEnd: number;
  /** Of those still open, the ones nobody had acknowledged before the end. */
  unacknowledgedAtEnd: number;
  /** `escalate` rows logged in the range, whichever alarm they concern. */
  escalations: number;
  /** `note` rows logged in the range, whichever alarm they concern. */
  notes: number;
  /** Device events received in the range. */
  eventsStored: number;
  /** Alarms raised before the range that guards acted on within it. */
  earlierAlarmsActedOn: number;
};

export type ReportKpis = {
  byPriority: PriorityCount[];
  byCondition: ConditionCount[];
  byZone: ZoneCount[];
  byDisposition: DispositionCount[];
  /** One row per priority 1–4, then one for all priorities together. */
  response: ResponseRow[];
  falseAlarms: FalseAlarmRate;
  /** Every device that raised an alarm in the range, noisiest first. */
  devices: DeviceStats[];
  flood: FloodSummary;
  /** Alarms raised per hour of the site's local clock; the first and last hours may be partial. */
  alarmsByHour: HourBucket[];
};

export type PriorityCount = { priority: Priority; alarms: number; occurrences: number };
export type ConditionCount = { condition: AlarmCondition; alarms: number; occurrences: number };
export type ZoneCount = { zone: string | null; name: string | null; alarms: number; occurrences: number };
/** `disposition` null: not resolved before the end of the range. */
export type DispositionCount = { disposition: Disposition | null; alarms: number };

/** met / missed / pending: see judgeClock in response-kpis.ts. */
export type TargetVerdict = 'met' | 'missed' | 'pending';

export type ClockKpi = {
  /** Alarms with a time inside the range (acknowledged, or resolved, before the end). */
  samples: number;
  medianS: number | null;
  p90S: number | null;
  /** The targets these alarms were raised with (usually one value). */
  targetsS: number[];
  met: number;
  missed: number;
  pending: number;
  /** met / (met + missed); null when nothing could be judged yet. */
  metShare: number | null;
};

export type ResponseRow = {
  priority: Priority | 'all';
  alarms: number;
  acknowledge: ClockKpi;
  resolve: ClockKpi;
};

export type FalseAlarmRate = { resolved: number; falseAlarms: number; rate: number | null };

export type DeviceStats = {
  deviceId: string;
  name: string | null;
  zone: string | null;
  zoneName: string | null;
  alarms: number;
  occurrences: number;
  resolved: number;
  falseAlarms: number;
  /** falseAlarms / resolved; null when none was resolved in the range. */
  falseAlarmRate: number | null;
};

export type FloodPeriod = { start: number; end: number; peak: number };

export type FloodSummary = {
  thresholdAlarms: number;
  windowS: number;
  totalS: number;
  periods: FloodPeriod[];
  /** The most alarms raised in any 10 minutes ending within the range. */
  busiestWindow: number;
};

export type HourBucket = { start: number; end: number; label: string; alarms: number };

export type Stamp = { at: number; by: string };

export type ReportAlarm = {
  id: number;
  deviceId: string;
  deviceName: string | null;
  condition: AlarmCondition;
  category: AlarmCategory;
  priority: Priority;
  zone: string | null;
  zoneName: string | null;
  floorId: string | null;
  floorName: string | null;
  incidentId: number | null;
  occurrences: number;
  raisedAt: number;
  /** The first acknowledgement, even when after the end (then `statusAtEnd` is unacknowledged). */
  acknowledged: Stamp | null;
  /** The last reset of a latched condition. */
  reset: Stamp | null;
  resolved: (Stamp & { disposition: Disposition | null }) | null;
  statusAtEnd: 'resolved' | 'acknowledged' | 'unacknowledged';
  targets: { acknowledgeS: number; resolveS: number };
  /** Seconds from raise, only when it happened before the end of the range. */
  acknowledgeS: number | null;
  resolveS: number | null;
  acknowledgeVerdict: TargetVerdict;
  resolveVerdict: TargetVerdict;
  escalations: { at: number; target: string | null }[];
  chattering: boolean;
  /** What guards wrote: notes, dispatches, the resolve note. */
  notes: ReportNote[];
  /** Every logged action on the alarm, oldest first. */
  entries: AlarmEntry[];
};

export type AlarmEntry = {
  seq: number;
  at: number;
  operator: string;
  seat: string;
  action: string;
  text: string | null;
  afterEnd: boolean;
};

export type ReportNote = {
  at: number;
  by: string;
  kind: 'note' | 'dispatch' | 'resolve';
  text: string;
  afterEnd: boolean;
};

export type OtherAction = {
  seq: number;
  at: number;
  operator: string;
  seat: string;
  action: string;
  alarmId: number | null;
  deviceId: string | null;
  text: string | null;
};

export type ShelveItem = {
  at: number;
  by: string;
  alarmId: number | null;
  deviceId: string | null;
  deviceName: string | null;
  reason: string | null;
  minutes: number | null;
  until: number | null;
};

export type ServiceItem = {
  at: number;
  by: string;
  action: 'out-of-service' | 'return-to-service';
  deviceId: string | null;
  deviceName: string | null;
  reason: string | null;
  hours: number | null;
};

/** Tour runs started in the range (docs/patrols.md); `recorded: false` where the database has no patrol tables. */
export type PatrolSection = { recorded: false } | RecordedPatrols;
