import type { AlarmCondition, AlarmState, Priority } from './alarm.js';

/** A guard's time at a seat: one open shift per seat and per operator. */
export type Shift = {
  id: number;
  operator: string;
  seat: string;
  startedAt: number;
  endedAt: number | null;
  /** The handover written when the shift ended. */
  handoverId: number | null;
};

/** An open alarm as the outgoing guard leaves it: what the incoming guard inherits. */
export type HandoverAlarm = {
  alarmId: number;
  condition: AlarmCondition;
  priority: Priority;
  state: AlarmState;
  /** "Dock shutter (Loading dock)". */
  place: string;
  raisedAt: number;
  /** Seconds open when the handover was written. */
  ageS: number;
  /** Who was handling it, if anyone. */
  owner: string | null;
  shelved: boolean;
};

export const NOTABLE_KINDS = ['priority-alarm', 'incident', 'shelved', 'out-of-service', 'occurrence'] as const;
export type NotableKind = (typeof NOTABLE_KINDS)[number];

/** Something that happened during the shift the next guard should know about, in words. */
export type NotableEvent = {
  kind: NotableKind;
  at: number;
  text: string;
  alarmId: number | null;
  deviceId: string | null;
  /** A correlation incident, or a guard-logged occurrence, by kind. */
  recordId: number | null;
};

/** What the outgoing guard hands over: the note, and the lists the console compiled at that moment. */
export type Handover = {
  id: number;
  shiftId: number;
  seat: string;
  note: string;
  openAlarms: HandoverAlarm[];
  /** Open alarms beyond the listed ones (a flood); counted, never silently dropped. */
  openAlarmsNotListed: number;
  notable: NotableEvent[];
  notableNotListed: number;
  writtenBy: string;
  writtenAt: number;
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
};

export const isPendingHandover = (handover: Pick<Handover, 'acknowledgedAt'>): boolean =>
  handover.acknowledgedAt === null;
