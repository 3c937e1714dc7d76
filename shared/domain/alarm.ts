import type { AlarmKind, CameraStatus } from '../contract/payloads.js';

/**
 * ISA-18.2-informed lifecycle. An alarm stays open until a guard resolves it with a disposition,
 * so "returned to normal" splits into unacknowledged and acknowledged, both still in the queue.
 */
export const ALARM_STATES = [
  'unacknowledged-active',
  'acknowledged-active',
  'unacknowledged-returned',
  'acknowledged-returned',
  'resolved',
] as const;
export type AlarmState = (typeof ALARM_STATES)[number];

export const PRIORITIES = [1, 2, 3, 4] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Security alarms call for a response; trouble is equipment that needs fixing. */
export type AlarmCategory = 'alarm' | 'trouble';

export type CameraTrouble = Exclude<CameraStatus, 'ok'>;

/** The abnormal condition an alarm is about; one open alarm per (device, condition). */
export type AlarmCondition =
  | AlarmKind
  | 'door-forced'
  | 'door-held-open'
  | 'door-fault'
  | 'access-duress'
  | 'access-tamper'
  | `camera-${CameraTrouble}`
  | 'device-offline'
  /** Patrol tours (docs/patrols.md): a checkpoint not scanned in time, or scanned after its due time. */
  | 'checkpoint-missed'
  | 'checkpoint-late';

/** How a guard closes an alarm; required to resolve. */
export const DISPOSITIONS = [
  'genuine-intruder',
  'genuine-other',
  'false-equipment',
  'false-user-error',
  'test',
  'environmental',
  'unknown',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export type ChecklistStep = { step: string; doneBy: string | null; doneAt: number | null };

export type Alarm = {
  id: number;
  siteId: string;
  deviceId: string;
  condition: AlarmCondition;
  category: AlarmCategory;
  priority: Priority;
  state: AlarmState;
  /** Increases with every change; a seat's command names the version it saw (no silent overwrite). */
  version: number;
  /** Occurrences folded into this alarm, the first included. */
  count: number;
  raisedAt: number;
  lastOccurredAt: number;
  returnedAt: number | null;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  resolvedAt: number | null;
  resolvedBy: string | null;
  disposition: Disposition | null;
  floorId: string | null;
  zone: string | null;
  detail: string | null;
  /** A latched condition (e.g. a forced door) must be reset by a guard after it returns, before it is resolved. */
  latched: boolean;
  resetAt: number | null;
  /** Who is handling it; set by acknowledge or claim, changed only by an explicit take-over. */
  owner: { operator: string; seat: string; since: number } | null;
  shelved: { by: string; reason: string; at: number; until: number } | null;
  /** Correlated alarms (same floor or zone, close in time) share an incident, handled once. */
  incidentId: number | null;
  /** The SOP for the condition, copied at raise time so later edits do not rewrite history. */
  checklist: ChecklistStep[];
  noteRequired: boolean;
  notes: number;
  /** Response targets in seconds for this alarm's priority, fixed at raise time. */
  targets: { acknowledgeS: number; resolveS: number };
  /** When the acknowledge target was missed and the alarm escalated. */
  escalatedAt: number | null;
  /** When the resolve target was missed and the alarm escalated again. */
  resolveEscalatedAt: number | null;
  /** Times of the last transitions to active (at most 10), for chattering detection. */
  transitions: number[];
  chattering: boolean;
  /**
   * The drill whose traffic raised it (docs/drills.md); absent on real alarms. A drill alarm is
   * handled like any other but never folds into a real one, and reports keep it out of real KPIs.
   */
  drill?: number;
};

export const isOpen = (alarm: Pick<Alarm, 'state'>): boolean => alarm.state !== 'resolved';
export const isActive = (alarm: Pick<Alarm, 'state'>): boolean =>
  alarm.state === 'unacknowledged-active' || alarm.state === 'acknowledged-active';
export const isAcknowledged = (alarm: Pick<Alarm, 'state'>): boolean =>
  alarm.state === 'acknowledged-active' || alarm.state === 'acknowledged-returned';
