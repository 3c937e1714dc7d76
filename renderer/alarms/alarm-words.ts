import type { AlarmCondition, AlarmState } from '../../shared/domain/alarm.js';

export const CONDITION_LABEL = {
  intrusion: 'Intrusion',
  motion: 'Motion detected',
  'glass-break': 'Glass break',
  panic: 'Panic button',
  duress: 'Duress',
  tamper: 'Tamper',
  fire: 'Fire',
  environmental: 'Environmental',
  'door-forced': 'Door forced',
  'door-held-open': 'Door held open',
  'door-fault': 'Door fault',
  'access-duress': 'Duress code at reader',
  'access-tamper': 'Reader tamper',
  'camera-video-loss': 'Camera video loss',
  'camera-tamper': 'Camera tamper',
  'camera-blurred': 'Camera blurred',
  'camera-recording-failed': 'Camera recording failed',
  'camera-storage-low': 'Camera storage low',
  'camera-offline': 'Camera offline',
  'device-offline': 'Device offline',
  'checkpoint-missed': 'Patrol checkpoint missed',
  'checkpoint-late': 'Patrol checkpoint late',
} as const satisfies Record<AlarmCondition, string>;

/** The state in the guard's words: is it still happening, and has anyone taken it on. */
export const ALARM_STATE_LABEL = {
  'unacknowledged-active': 'Active · not acknowledged',
  'acknowledged-active': 'Active · acknowledged',
  'unacknowledged-returned': 'Returned to normal · not acknowledged',
  'acknowledged-returned': 'Returned to normal · acknowledged',
  resolved: 'Resolved',
} as const satisfies Record<AlarmState, string>;

/** Short forms for a queue row, where the owner's name follows. */
export const ALARM_STATE_SHORT = {
  'unacknowledged-active': 'Unacknowledged',
  'acknowledged-active': 'Acknowledged',
  'unacknowledged-returned': 'Returned · unacknowledged',
  'acknowledged-returned': 'Returned · acknowledged',
  resolved: 'Resolved',
} as const satisfies Record<AlarmState, string>;
