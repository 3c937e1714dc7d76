import type { DeviceState } from '../../../../shared/domain/device-state.js';
import type { PlacedDevice } from '../../../../shared/domain/site.js';
import { durationWords, shortSiteTime } from '../reason-words.js';
import type { DeviceReason, RuleWindow } from './device-reason.js';

/** Silent for this many heartbeat intervals counts as silent: the desk marks such a device stale too. */
export const SILENT_AFTER_HEARTBEATS = 2;

/**
 * Placed devices that said they are offline (their last status was online=false, often the
 * broker's last will), or that have not been heard for twice their heartbeat, or never.
 */
export function deviceSilence(
  devices: readonly PlacedDevice[],
  states: ReadonlyMap<string, DeviceState>,
  now: number,
  window: RuleWindow,
): DeviceReason[] {
  return devices.flatMap((device): DeviceReason[] => {
    const state = states.get(device.id);
    const lastAt = state?.lastSeenAt ?? null;
    const heard = lastAt === null ? 'never heard' : `last heard ${shortSiteTime(lastAt, window.timezone)}`;
    if (state?.online === false)
      return [
        { deviceId: device.id, reason: { code: 'offline', text: `reported offline, ${heard}`, count: null, lastAt } },
      ];
    if (device.heartbeatS === undefined) return [];
    const every = `heartbeat every ${device.heartbeatS} s`;
    if (lastAt === null)
      return [
        { deviceId: device.id, reason: { code: 'silent', text: `never heard from (${every})`, count: null, lastAt } },
      ];
    const silentMs = now - lastAt;
    if (silentMs <= SILENT_AFTER_HEARTBEATS * device.heartbeatS * 1000) return [];
    const text = `silent for ${durationWords(silentMs)} (${every}), ${heard}`;
    return [{ deviceId: device.id, reason: { code: 'silent', text, count: null, lastAt } }];
  });
}
