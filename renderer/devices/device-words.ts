import type { AccessEvent, CameraStatus } from '../../shared/contract/payloads.js';
import type { DoorState } from '../../shared/domain/device-state.js';
import type { DeviceType } from '../../shared/domain/site.js';

export const DEVICE_TYPE_LABEL = {
  'intrusion-panel': 'Intrusion panel',
  'motion-sensor': 'Motion sensor',
  'glass-break-sensor': 'Glass-break sensor',
  'panic-button': 'Panic button',
  'smoke-detector': 'Smoke detector',
  'environmental-sensor': 'Environmental sensor',
  door: 'Door',
  camera: 'Camera',
  'tag-reader': 'Patrol tag reader',
} as const satisfies Record<DeviceType, string>;

export const CAMERA_STATUS_LABEL = {
  ok: 'OK',
  'video-loss': 'Video loss',
  tamper: 'Tampered',
  blurred: 'Blurred',
  'recording-failed': 'Recording failed',
  'storage-low': 'Storage low',
  offline: 'Offline',
} as const satisfies Record<CameraStatus, string>;

export const DOOR_STATE_LABEL = {
  closed: 'Closed',
  open: 'Open',
  'held-open': 'Held open',
  forced: 'Forced open',
  fault: 'Fault',
} as const satisfies Record<DoorState, string>;

export const ACCESS_EVENT_LABEL = {
  granted: 'Access granted',
  denied: 'Access denied',
  'door-forced': 'Door forced',
  'door-held-open': 'Door held open',
  'door-opened': 'Door opened',
  'door-closed': 'Door closed',
  'door-fault': 'Door fault',
  duress: 'Duress code',
  tamper: 'Reader tamper',
} as const satisfies Record<AccessEvent, string>;
