import { z } from 'zod';
import { topicIdSchema } from '../contract/ids.js';

/** What a placed device is; drives its marker and which channels it is expected to publish. */
export const DEVICE_TYPES = [
  'intrusion-panel',
  'motion-sensor',
  'glass-break-sensor',
  'panic-button',
  'smoke-detector',
  'environmental-sensor',
  'door',
  'camera',
  'tag-reader',
] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

const name = z.string().min(1).max(120);

export const floorSchema = z.object({
  id: topicIdSchema,
  name,
  level: z.number().int(),
  /** Floorplan image, relative to the site folder. */
  plan: z.string().regex(/^[A-Za-z0-9._/-]+\.(svg|png|jpe?g)$/, 'must be a relative image path'),
  /** Extent of the plan in metres; device positions are metres from the plan's top-left corner. */
  widthM: z.number().positive().max(10_000),
  heightM: z.number().positive().max(10_000),
});

export const buildingSchema = z.object({
  id: topicIdSchema,
  name,
  floors: z.array(floorSchema).min(1),
});

export const zoneSchema = z.object({ id: topicIdSchema, name, floorId: topicIdSchema });

export const placedDeviceSchema = z.object({
  id: topicIdSchema,
  name,
  type: z.enum(DEVICE_TYPES),
  floorId: topicIdSchema,
  x: z.number().min(0),
  y: z.number().min(0),
  zone: topicIdSchema.optional(),
  /** Expected heartbeat interval; a device silent for twice this long is shown as stale. */
  heartbeatS: z.number().int().positive().optional(),
});

export const siteSchema = z.object({
  formatVersion: z.literal(1),
  id: topicIdSchema,
  name,
  timezone: z.string().min(1).max(64),
  buildings: z.array(buildingSchema).min(1),
  zones: z.array(zoneSchema),
  devices: z.array(placedDeviceSchema),
});

export type Floor = z.infer<typeof floorSchema>;
export type Building = z.infer<typeof buildingSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type PlacedDevice = z.infer<typeof placedDeviceSchema>;
export type Site = z.infer<typeof siteSchema>;

export function siteFloors(site: Site): Floor[] {
  return site.buildings.flatMap((building) => building.floors);
}
