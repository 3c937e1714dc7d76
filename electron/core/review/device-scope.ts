import type { Site } from '../../../shared/domain/site.js';
import type { ReviewFilter } from '../../../shared/review/review-query.js';

/** The devices a place filter means; null when no place filter is set (every device, placed or not). */
export type DeviceScope = readonly string[] | null;

/**
 * Building, floor, zone and device narrow one another: "zone lobby on floor 1" is the lobby's
 * devices that are on floor 1. A place the site does not know is an empty scope, not an error.
 */
export function deviceScope(site: Site | null, filter: Pick<ReviewFilter, 'building' | 'floor' | 'zone' | 'device'>) {
  const { building, floor, zone, device } = filter;
  if (!building && !floor && !zone) return device ? [device] : null;
  const floorsOfBuilding = building
    ? new Set(site?.buildings.find((b) => b.id === building)?.floors.map((f) => f.id) ?? [])
    : null;
  const ids = (site?.devices ?? [])
    .filter((placed) => !floorsOfBuilding || floorsOfBuilding.has(placed.floorId))
    .filter((placed) => !floor || placed.floorId === floor)
    .filter((placed) => !zone || placed.zone === zone)
    .filter((placed) => !device || placed.id === device)
    .map((placed) => placed.id);
  return ids satisfies DeviceScope;
}
