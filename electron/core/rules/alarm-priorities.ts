import type { AlarmCategory, AlarmCondition, Priority } from '../../../shared/domain/alarm.js';

/** Life safety first, then intrusion, then everything that needs looking at; trouble last. */
const DEFAULT_PRIORITY: Record<AlarmCondition, Priority> = {
  fire: 1,
  panic: 1,
  duress: 1,
  'access-duress': 1,
  intrusion: 2,
  'glass-break': 2,
  'door-forced': 2,
  motion: 3,
  tamper: 3,
  'access-tamper': 3,
  environmental: 3,
  'door-held-open': 3,
  'camera-tamper': 3,
  'camera-video-loss': 3,
  'camera-offline': 4,
  'camera-blurred': 4,
  'camera-recording-failed': 4,
  'camera-storage-low': 4,
  'door-fault': 4,
  'device-offline': 4,
  // A guard who misses a checkpoint may be in trouble; a late scan only says the tour is slipping.
  'checkpoint-missed': 2,
  'checkpoint-late': 4,
};

export function defaultPriority(condition: AlarmCondition): Priority {
  return DEFAULT_PRIORITY[condition];
}

/** Equipment that needs fixing rather than a response to a threat. */
export function categoryOf(condition: AlarmCondition): AlarmCategory {
  return condition.startsWith('camera-') || condition === 'device-offline' || condition === 'door-fault'
    ? 'trouble'
    : 'alarm';
}
