import type { CameraStatus } from '../../../../shared/contract/payloads.js';
import { countWords, shortSiteTime, windowWords } from '../reason-words.js';
import { byDevice, type CountRow, type DeviceReason, type RuleWindow } from './device-reason.js';

/** Any non-ok camera status in the window is worth a look: a camera that dropped out once may drop out when it matters. */
export const CAMERA_TROUBLE_MIN_REPORTS = 1;

/** Cameras that reported video loss, tamper, blur, recording or storage trouble, or went offline. */
export function cameraTrouble(rows: readonly CountRow<CameraStatus>[], window: RuleWindow): DeviceReason[] {
  return [...byDevice(rows.filter((row) => row.kind !== 'ok'))].flatMap(([deviceId, troubles]) => {
    const count = troubles.reduce((sum, row) => sum + row.count, 0);
    if (count < CAMERA_TROUBLE_MIN_REPORTS) return [];
    const lastAt = Math.max(...troubles.map((row) => row.lastAt));
    const counts = countWords(troubles.map((row) => ({ what: row.kind, count: row.count })));
    const text = `camera ${counts} ${windowWords(window.days)}, last ${shortSiteTime(lastAt, window.timezone)}`;
    return [{ deviceId, reason: { code: 'camera-trouble', text, count, lastAt } }];
  });
}
