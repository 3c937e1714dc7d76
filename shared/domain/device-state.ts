import type { AccessEvent, AccessPayload, AlarmKind, CameraStatus } from '../contract/payloads.js';

export const DOOR_STATES = ['closed', 'open', 'held-open', 'forced', 'fault'] as const;
export type DoorState = (typeof DOOR_STATES)[number];

export type CameraHealth = {
  status: CameraStatus;
  fps: number | null;
  bitrateKbps: number | null;
  storageFreePct: number | null;
  since: number;
};

export type LastAccess = {
  event: AccessEvent;
  holder: string | null;
  credential: string | null;
  method: AccessPayload['method'] | null;
  at: number;
};

/** The console's current picture of one device, projected from its events. */
export type DeviceState = {
  siteId: string;
  deviceId: string;
  /** null until the device has said anything about it. */
  online: boolean | null;
  lastSeenAt: number | null;
  /** Console receive time minus device time, of the last event that carried a device time. */
  clockSkewMs: number | null;
  camera: CameraHealth | null;
  door: { state: DoorState; since: number } | null;
  /** Alarm inputs currently active, by kind. */
  activeInputs: AlarmKind[];
  lastAccess: LastAccess | null;
  lastCheckpoint: { checkpoint: string; guard: string; at: number } | null;
  /** Put out of service for maintenance by an operator: its events are logged but raise nothing. */
  outOfService: { by: string; reason: string; since: number; until: number | null } | null;
};

export function emptyDeviceState(siteId: string, deviceId: string): DeviceState {
  return {
    siteId,
    deviceId,
    online: null,
    lastSeenAt: null,
    clockSkewMs: null,
    camera: null,
    door: null,
    activeInputs: [],
    lastAccess: null,
    lastCheckpoint: null,
    outOfService: null,
  };
}

/**
 * Beyond this, a device's clock is off, not merely late on the network: it is counted in
 * /api/health and shown on the device. Its `ts` is kept but never used to order or judge events.
 */
export const CLOCK_SKEW_LIMIT_MS = 5_000;

export function isClockSkewed(state: Pick<DeviceState, 'clockSkewMs'>): boolean {
  return state.clockSkewMs !== null && Math.abs(state.clockSkewMs) > CLOCK_SKEW_LIMIT_MS;
}
