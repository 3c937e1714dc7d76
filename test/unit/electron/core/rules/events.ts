import type { DeviceEvent } from '../../../../../shared/contract/device-event.js';

/** Builders for validated events, for rule tests that need no broker. */
export const at = (second: number) => Date.UTC(2026, 10, 21, 3, 0, second);
let counter = 0;
const base = (deviceId: string, second: number) => ({
  siteId: 'hq',
  deviceId,
  eventId: `e${++counter}`,
  deviceTs: at(second) - 2000,
  receivedAt: at(second),
});

export const access = (
  deviceId: string,
  second: number,
  event: 'granted' | 'door-forced' | 'door-opened' | 'door-closed' | 'door-held-open' | 'duress',
  holder?: string,
): DeviceEvent => ({
  ...base(deviceId, second),
  channel: 'access',
  payload: { id: 'x', ts: at(second), event, holder },
});
export const alarm = (
  deviceId: string,
  second: number,
  kind: 'intrusion' | 'motion' | 'fire',
  state: 'active' | 'normal',
  priority?: 1 | 2 | 3 | 4,
): DeviceEvent => ({
  ...base(deviceId, second),
  channel: 'alarm',
  payload: { id: 'x', ts: at(second), kind, state, priority },
});
export const camera = (deviceId: string, second: number, status: 'ok' | 'video-loss' | 'blurred'): DeviceEvent => ({
  ...base(deviceId, second),
  channel: 'camera',
  payload: { id: 'x', ts: at(second), status, fps: status === 'ok' ? 25 : 0 },
});
export const status = (deviceId: string, second: number, online: boolean): DeviceEvent => ({
  ...base(deviceId, second),
  deviceTs: null,
  channel: 'status',
  payload: { online },
});
