import type { DeviceState } from '../../../../shared/domain/device-state.js';
import type { Site } from '../../../../shared/domain/site.js';
import { shortSiteTime } from '../reason-words.js';
import type { DeviceReason, RuleWindow } from './device-reason.js';

/** Devices the console has heard from that no plan shows: someone must find them and place them. */
export function unplacedDevices(site: Site, states: readonly DeviceState[], window: RuleWindow): DeviceReason[] {
  const placed = new Set(site.devices.map((device) => device.id));
  return states
    .filter((state) => state.siteId === site.id && !placed.has(state.deviceId))
    .map((state) => {
      const heard = state.lastSeenAt === null ? '' : `, last heard ${shortSiteTime(state.lastSeenAt, window.timezone)}`;
      const text = `heard in traffic but not placed on any plan${heard}`;
      return { deviceId: state.deviceId, reason: { code: 'unplaced', text, count: null, lastAt: state.lastSeenAt } };
    });
}
