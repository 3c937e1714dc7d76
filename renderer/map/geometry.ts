import type { Floor } from '../../shared/domain/site.js';

/** Leaflet's [lat, lng]; with CRS.Simple, lat runs up the plan and lng to the right, both in metres. */
export type PlanPoint = [number, number];
export type PlanBounds = [PlanPoint, PlanPoint];

/**
 * Sites place devices in metres from the plan's top-left corner, y growing downwards; CRS.Simple
 * has y (latitude) growing upwards, so the plan's top edge is latitude `heightM`.
 */
export function metresToLatLng(floor: Pick<Floor, 'heightM'>, x: number, y: number): PlanPoint {
  return [floor.heightM - y, x];
}

/** The whole floorplan image, bottom-left to top-right. */
export function floorBounds(floor: Pick<Floor, 'widthM' | 'heightM'>): PlanBounds {
  return [
    [0, 0],
    [floor.heightM, floor.widthM],
  ];
}
