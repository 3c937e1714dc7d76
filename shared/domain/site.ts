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

/** A point on a plan, in metres from its top-left corner. */
const pointSchema = z.tuple([z.number().min(0), z.number().min(0)]);

export const zoneSchema = z.object({
  id: topicIdSchema,
  name,
  floorId: topicIdSchema,
  /** Outline of the zone on its floor's plan, for drawing and editing; optional since zones began as names only. */
  polygon: z.array(pointSchema).min(3).max(500).optional(),
});

/** How people get between floors; the walkthrough planner routes through these. */
export const CONNECTOR_KINDS = ['stairs', 'lift', 'escalator', 'ramp'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export const connectorStopSchema = z.object({
  floorId: topicIdSchema,
  /** Where a walker enters the connector on this floor (the stair door, the lift call button). */
  x: z.number().min(0),
  y: z.number().min(0),
});

export const connectorSchema = z.object({
  id: topicIdSchema,
  name,
  kind: z.enum(CONNECTOR_KINDS),
  stops: z
    .array(connectorStopSchema)
    .min(2)
    .max(200)
    .refine((stops) => new Set(stops.map((stop) => stop.floorId)).size === stops.length, {
      message: "each floor may appear only once among a connector's stops",
    }),
  /** Time to climb, descend or ride one level; a leg costs this times the levels travelled. */
  secondsPerLevel: z.number().positive().max(600),
  /** Time spent before moving at all (waiting for a lift); none when left out. */
  waitS: z.number().min(0).max(600).optional(),
});

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
  /** Stairs, lifts, escalators and ramps between floors; optional so older site files stay valid. */
  connectors: z.array(connectorSchema).optional(),
});

export type Floor = z.infer<typeof floorSchema>;
export type Building = z.infer<typeof buildingSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type Connector = z.infer<typeof connectorSchema>;
export type ConnectorStop = z.infer<typeof connectorStopSchema>;
export type PlacedDevice = z.infer<typeof placedDeviceSchema>;
export type Site = z.infer<typeof siteSchema>;

export function siteFloors(site: Site): Floor[] {
  return site.buildings.flatMap((building) => building.floors);
}

/** The building a floor belongs to, if any. */
export function buildingOfFloor(site: Site, floorId: string): Building | undefined {
  return site.buildings.find((building) => building.floors.some((floor) => floor.id === floorId));
}
