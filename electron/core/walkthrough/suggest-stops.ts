import type { DeviceState } from '../../../shared/domain/device-state.js';
import type { Site } from '../../../shared/domain/site.js';
import type { StopReason } from '../../../shared/domain/walkthrough.js';
import type { AttentionData } from './attention-queries.js';
import { cameraTrouble } from './rules/camera-trouble.js';
import type { DeviceReason, RuleWindow } from './rules/device-reason.js';
import { deviceSilence } from './rules/device-silence.js';
import { doorTrouble } from './rules/door-trouble.js';
import { falseAlarms } from './rules/false-alarms.js';
import { unplacedDevices } from './rules/unplaced-devices.js';

/** A device to visit and every rule's reason for it, in rule order. */
export type Suggestion = { deviceId: string; reasons: StopReason[] };

/**
 * Runs every suggestion rule over what the database says and folds the reasons per device. Rules
 * judge placed and unplaced devices alike; the planner decides what can be routed.
 */
export function suggestStops(site: Site, data: AttentionData, now: number, days: number): Suggestion[] {
  const window: RuleWindow = { days, timezone: site.timezone };
  const states = new Map<string, DeviceState>(data.states.map((state) => [state.deviceId, state]));
  const found: DeviceReason[] = [
    ...deviceSilence(site.devices, states, now, window),
    ...cameraTrouble(data.cameraTrouble, window),
    ...doorTrouble(data.doorTrouble, window),
    ...falseAlarms(data.resolvedAlarms, window),
    ...unplacedDevices(site, data.states, window),
  ];
  const byDevice = new Map<string, StopReason[]>();
  for (const { deviceId, reason } of found) byDevice.set(deviceId, [...(byDevice.get(deviceId) ?? []), reason]);
  return [...byDevice].map(([deviceId, reasons]) => ({ deviceId, reasons }));
}
