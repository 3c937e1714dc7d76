import type { AccessEvent } from '../../../../shared/contract/payloads.js';
import { countWords, shortSiteTime, windowWords } from '../reason-words.js';
import { byDevice, type CountRow, type DeviceReason, type RuleWindow } from './device-reason.js';

/**
 * How often each door event must happen in the window before the door is worth inspecting. A fault
 * is the door controller saying it is broken; a forced door twice is more than bad luck; held open
 * three times is a habit (a wedge, a slow closer) rather than one delivery.
 */
export const DOOR_TROUBLE_THRESHOLDS = {
  'door-fault': 1,
  'door-forced': 2,
  'door-held-open': 3,
} as const satisfies Partial<Record<AccessEvent, number>>;
export const DOOR_TROUBLES = ['door-fault', 'door-forced', 'door-held-open'] as const;
export type DoorTrouble = (typeof DOOR_TROUBLES)[number];

const WORDS: Record<DoorTrouble, string> = {
  'door-fault': 'fault',
  'door-forced': 'forced',
  'door-held-open': 'held open',
};

/** Doors with repeated held-open, forced or fault events; every kind is named once one reaches its threshold. */
export function doorTrouble(rows: readonly CountRow<DoorTrouble>[], window: RuleWindow): DeviceReason[] {
  return [...byDevice(rows)].flatMap(([deviceId, troubles]) => {
    if (!troubles.some((row) => row.count >= DOOR_TROUBLE_THRESHOLDS[row.kind])) return [];
    const count = troubles.reduce((sum, row) => sum + row.count, 0);
    const lastAt = Math.max(...troubles.map((row) => row.lastAt));
    const counts = countWords(troubles.map((row) => ({ what: WORDS[row.kind], count: row.count })));
    const text = `door ${counts} ${windowWords(window.days)}, last ${shortSiteTime(lastAt, window.timezone)}`;
    return [{ deviceId, reason: { code: 'door-trouble', text, count, lastAt } }];
  });
}
