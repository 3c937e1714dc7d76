import { z } from 'zod';
import type { AccessEvent, CameraStatus } from '../contract/payloads.js';
import type { Channel } from '../contract/topic.js';
import type { DeviceType } from './site.js';

/** Caps on one investigation: a guard reads it on one screen, and it is read from an indexed window. */
export const INVESTIGATION_LIMITS = { radiusM: 200, minutes: 120, events: 2_000, badges: 500 } as const;

/** GET /api/investigations: an alarm or a guard-logged occurrence, and how far around it to look. */
export const investigationQuerySchema = z
  .strictObject({
    alarm: z.coerce.number().int().positive().optional(),
    occurrence: z.coerce.number().int().positive().optional(),
    radiusM: z.coerce.number().positive().max(INVESTIGATION_LIMITS.radiusM).default(15),
    minutes: z.coerce.number().positive().max(INVESTIGATION_LIMITS.minutes).default(10),
  })
  .refine((query) => (query.alarm === undefined) !== (query.occurrence === undefined), {
    message: 'give exactly one of alarm or occurrence',
  });
export type InvestigationQuery = z.output<typeof investigationQuerySchema>;

/** Where and when it happened: the alarm's device, or the point the guard picked. */
export type InvestigationAnchor = {
  kind: 'alarm' | 'occurrence';
  id: number;
  at: number;
  floorId: string;
  x: number;
  y: number;
  zone: string | null;
  deviceId: string | null;
};

/** How "adjacent zones" were decided for this anchor (docs/investigation.md). */
export type ZoneRule = 'outlines-touch' | 'same-floor' | 'no-zone';

export type NearbyDevice = { id: string; name: string; type: DeviceType; zone: string | null; distanceM: number };

export type NearbyEvent = {
  deviceId: string;
  channel: Channel;
  eventId: string;
  receivedAt: number;
  payload: unknown;
  /** Set when the event was drill traffic (docs/drills.md). */
  drill: number | null;
};

/** Who badged where: access events at doors in the same or adjacent zones. */
export type BadgeActivity = {
  doorId: string;
  doorName: string;
  zone: string | null;
  at: number;
  event: AccessEvent;
  holder: string | null;
  credential: string | null;
  method: string | null;
  reason: string | null;
  drill: number | null;
};

/** A nearby camera's health at the anchor's moment: its last report at or before it. */
export type CameraAtMoment = {
  deviceId: string;
  name: string;
  distanceM: number;
  status: CameraStatus | 'no report';
  reportedAt: number | null;
  /** From the last status message at or before the moment; null when there was none. */
  online: boolean | null;
};

export type Investigation = {
  anchor: InvestigationAnchor;
  window: { from: number; to: number; radiusM: number; minutes: number };
  zones: { ids: string[]; rule: ZoneRule };
  devices: NearbyDevice[];
  /** Oldest first. */
  events: NearbyEvent[];
  /** Oldest first. */
  badges: BadgeActivity[];
  cameras: CameraAtMoment[];
  /** True where a cap of INVESTIGATION_LIMITS cut the list (the newest are dropped). */
  truncated: { events: boolean; badges: boolean };
};
