import { z } from 'zod';
import { drillMarkSchema } from './drill-mark.js';
import { MAX_EVENT_ID_LENGTH } from './ids.js';
import { deviceTimestampSchema } from './timestamp.js';

const text = (max: number) => z.string().max(max);

const envelope = {
  id: z.string().min(1).max(MAX_EVENT_ID_LENGTH),
  ts: deviceTimestampSchema,
  drill: drillMarkSchema.optional(),
};

export const ALARM_KINDS = [
  'intrusion',
  'motion',
  'glass-break',
  'panic',
  'duress',
  'tamper',
  'fire',
  'environmental',
] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

export const alarmPayloadSchema = z.object({
  ...envelope,
  kind: z.enum(ALARM_KINDS),
  state: z.enum(['active', 'normal']),
  zone: text(64).optional(),
  priority: z.literal([1, 2, 3, 4]).optional(),
  detail: text(500).optional(),
});

export const CAMERA_STATUSES = [
  'ok',
  'video-loss',
  'tamper',
  'blurred',
  'recording-failed',
  'storage-low',
  'offline',
] as const;
export type CameraStatus = (typeof CAMERA_STATUSES)[number];

export const cameraPayloadSchema = z.object({
  ...envelope,
  status: z.enum(CAMERA_STATUSES),
  fps: z.number().min(0).max(1000).optional(),
  bitrateKbps: z.number().min(0).max(10_000_000).optional(),
  storageFreePct: z.number().min(0).max(100).optional(),
  detail: text(500).optional(),
});

export const ACCESS_EVENTS = [
  'granted',
  'denied',
  'door-forced',
  'door-held-open',
  'door-opened',
  'door-closed',
  'door-fault',
  'duress',
  'tamper',
] as const;
export type AccessEvent = (typeof ACCESS_EVENTS)[number];

export const ACCESS_METHODS = ['card', 'pin', 'mobile', 'face', 'fingerprint', 'hand', 'voice'] as const;

export const accessPayloadSchema = z.object({
  ...envelope,
  event: z.enum(ACCESS_EVENTS),
  credential: text(128).optional(),
  method: z.enum(ACCESS_METHODS).optional(),
  holder: text(128).optional(),
  reason: text(256).optional(),
});

/**
 * Devices publish `{"online":false}` as their MQTT last will, which cannot carry a fresh id or
 * time, so `id` and `ts` are optional here only; the console supplies them on receipt.
 */
export const statusPayloadSchema = z.object({
  id: envelope.id.optional(),
  ts: envelope.ts.optional(),
  drill: envelope.drill,
  online: z.boolean(),
});

export const checkpointPayloadSchema = z.object({
  ...envelope,
  checkpoint: text(64).min(1),
  guard: text(128).min(1),
});

export const channelPayloadSchemas = {
  alarm: alarmPayloadSchema,
  camera: cameraPayloadSchema,
  access: accessPayloadSchema,
  status: statusPayloadSchema,
  checkpoint: checkpointPayloadSchema,
} as const;

export type AlarmPayload = z.infer<typeof alarmPayloadSchema>;
export type CameraPayload = z.infer<typeof cameraPayloadSchema>;
export type AccessPayload = z.infer<typeof accessPayloadSchema>;
export type StatusPayload = z.infer<typeof statusPayloadSchema>;
export type CheckpointPayload = z.infer<typeof checkpointPayloadSchema>;

/** What a device publishes (timestamps still as sent). */
export type AlarmMessage = z.input<typeof alarmPayloadSchema>;
export type CameraMessage = z.input<typeof cameraPayloadSchema>;
export type AccessMessage = z.input<typeof accessPayloadSchema>;
export type StatusMessage = z.input<typeof statusPayloadSchema>;
export type CheckpointMessage = z.input<typeof checkpointPayloadSchema>;
