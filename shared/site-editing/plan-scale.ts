import type { Site } from '../domain/site.js';

/** A point in a plan's own units: image pixels, or metres from its top-left corner. */
export type PlanXY = { x: number; y: number };

const distance = (a: PlanXY, b: PlanXY) => Math.hypot(b.x - a.x, b.y - a.y);

/** Two clicks closer than this (in the plan's units) cannot give a trustworthy scale. */
export const MIN_SCALE_SPAN = 1e-6;

/**
 * The factor that turns the plan's current units into metres, from two points on it and the
 * real distance between them (a wall an admin measured, a door width from the drawing).
 * With `a` and `b` in image pixels, this is metres per pixel.
 */
export function scaleFromTwoPoints(a: PlanXY, b: PlanXY, knownM: number): number | null {
  const span = distance(a, b);
  if (!(knownM > 0) || !Number.isFinite(knownM) || !(span > MIN_SCALE_SPAN)) return null;
  return knownM / span;
}

/** A plan's extent in metres from its size in pixels and metres per pixel, rounded to the millimetre. */
export function planExtent(imagePx: { width: number; height: number }, metresPerPixel: number) {
  const mm = (value: number) => Math.round(value * 1000) / 1000;
  return { widthM: mm(imagePx.width * metresPerPixel), heightM: mm(imagePx.height * metresPerPixel) };
}

const scaled = (value: number, factor: number) => Math.round(value * factor * 1000) / 1000;

/**
 * Rescales one floor by `factor`: its extent and everything placed on it (devices, zone outlines,
 * connector stops) so that each stays on the same spot of the image.
 */
export function rescaleFloor(site: Site, floorId: string, factor: number): Site {
  if (!(factor > 0) || !Number.isFinite(factor)) return site;
  return {
    ...site,
    buildings: site.buildings.map((building) => ({
      ...building,
      floors: building.floors.map((floor) =>
        floor.id === floorId
          ? { ...floor, widthM: scaled(floor.widthM, factor), heightM: scaled(floor.heightM, factor) }
          : floor,
      ),
    })),
    devices: site.devices.map((device) =>
      device.floorId === floorId ? { ...device, x: scaled(device.x, factor), y: scaled(device.y, factor) } : device,
    ),
    zones: site.zones.map((zone) =>
      zone.floorId === floorId && zone.polygon
        ? { ...zone, polygon: zone.polygon.map(([x, y]): [number, number] => [scaled(x, factor), scaled(y, factor)]) }
        : zone,
    ),
    ...(site.connectors && {
      connectors: site.connectors.map((connector) => ({
        ...connector,
        stops: connector.stops.map((stop) =>
          stop.floorId === floorId ? { ...stop, x: scaled(stop.x, factor), y: scaled(stop.y, factor) } : stop,
        ),
      })),
    }),
  };
}
