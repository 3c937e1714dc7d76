import { ALARM_KINDS } from '../contract/payloads.js';
import type { AlarmCondition } from './alarm.js';

/** Every alarm condition, for schemas and pickers; the type check below keeps it complete. */
export const ALARM_CONDITIONS = [
  ...ALARM_KINDS,
  'door-forced',
  'door-held-open',
  'door-fault',
  'access-duress',
  'access-tamper',
  'camera-video-loss',
  'camera-tamper',
  'camera-blurred',
  'camera-recording-failed',
  'camera-storage-low',
  'camera-offline',
  'device-offline',
  'checkpoint-missed',
  'checkpoint-late',
] as const satisfies readonly AlarmCondition[];

type Missing = Exclude<AlarmCondition, (typeof ALARM_CONDITIONS)[number]>;
// Fails to compile if a condition is added to the type but not to the list.
export const conditionsComplete: Missing extends never ? true : Missing = true;
