import type { Channel } from './topic.js';
import type { AccessPayload, AlarmPayload, CameraPayload, CheckpointPayload, StatusPayload } from './payloads.js';

type Payloads = {
  alarm: AlarmPayload;
  camera: CameraPayload;
  access: AccessPayload;
  status: StatusPayload;
  checkpoint: CheckpointPayload;
};

type EventOf<C extends Channel> = {
  siteId: string;
  deviceId: string;
  /** The device's event id (the status last will gets one from the console). */
  eventId: string;
  /** Device clock in epoch ms, or null when the device sent none. */
  deviceTs: number | null;
  /** Console clock in epoch ms: the time the event is ordered and judged by. */
  receivedAt: number;
  channel: C;
  payload: Payloads[C];
};

/** A validated event from a device, discriminated by channel. */
export type DeviceEvent = { [C in Channel]: EventOf<C> }[Channel];
