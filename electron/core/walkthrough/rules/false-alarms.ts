import type { Disposition } from '../../../../shared/domain/alarm.js';
import { shortSiteTime, windowWords } from '../reason-words.js';
import type { DeviceReason, RuleWindow } from './device-reason.js';

/** Dispositions that say the alarm was not real: the shift report's false-alarm rate counts the same two. */
export const FALSE_ALARM_DISPOSITIONS = [
  'false-equipment',
  'false-user-error',
] as const satisfies readonly Disposition[];

/** A device is worth a look when at least this many of its alarms, and this share of them, were false. */
export const FALSE_ALARM_RULE = { minFalseAlarms: 2, minShare: 0.5 } as const;

/** Alarms raised in the window and resolved, per device. */
export type ResolvedAlarmRow = { deviceId: string; resolved: number; falseAlarms: number; lastFalseAt: number | null };

/** Sensors (or any device) whose alarms are mostly false: dirty lenses, spiders, badly aimed detectors. */
export function falseAlarms(rows: readonly ResolvedAlarmRow[], window: RuleWindow): DeviceReason[] {
  return rows.flatMap(({ deviceId, resolved, falseAlarms: count, lastFalseAt }) => {
    if (resolved === 0 || count < FALSE_ALARM_RULE.minFalseAlarms || count / resolved < FALSE_ALARM_RULE.minShare)
      return [];
    const last = lastFalseAt === null ? '' : `, last ${shortSiteTime(lastFalseAt, window.timezone)}`;
    const text =
      `${count} of ${resolved} alarms false (${Math.round((100 * count) / resolved)} %) ` +
      `${windowWords(window.days)}${last}`;
    return [{ deviceId, reason: { code: 'false-alarms', text, count, lastAt: lastFalseAt } }];
  });
}
