import type { AlarmKind, CameraStatus } from '../contract/payloads.js';

export const ALARM_STATES = [
  'unacknowledged-active',
  'acknowledged-active',
  'unacknowledged-returned',
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
  | 'device-offline';

export type Alarm = {
  id: number;
  siteId: string;
  deviceId: string;
  condition: AlarmCondition;
  category: AlarmCategory;
  priority: Priority;
  state: AlarmState;
  /** Occurrences folded into this alarm, the first included. */
  count: number;
  raisedAt: number;
  lastOccurredAt: number;
  returnedAt: number | null;
  acknowledgedAt: number | null;
  resolvedAt: number | null;
  zone: string | null;
  detail: string | null;
};

export const isOpen = (alarm: Pick<Alarm, 'state'>): boolean => alarm.state !== 'resolved';
