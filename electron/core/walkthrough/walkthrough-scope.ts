import { siteFloors, type Floor, type Site } from '../../../shared/domain/site.js';
import type { PlanPoint } from '../../../shared/domain/walkthrough.js';

/** A request that names a building, floor or checkpoint the site does not have; `field` is the request field. */
export class WalkthroughRequestError extends Error {
  constructor(
    readonly field: 'building' | 'floors' | 'checkpoints',
    message: string,
  ) {
    super(message);
  }
}

export type WalkthroughScope = { buildingId: string | null; floors: Floor[] };

/** The floors a walkthrough covers: the chosen ones, else the chosen building's, else the whole site's. */
export function walkthroughScope(
  site: Site,
  buildingId: string | undefined,
  floorIds: readonly string[],
): WalkthroughScope {
  const building = buildingId === undefined ? undefined : site.buildings.find((b) => b.id === buildingId);
  if (buildingId !== undefined && !building)
    throw new WalkthroughRequestError(
      'building',
      `no building "${buildingId}" (the site has ${site.buildings.map((b) => b.id).join(', ')})`,
    );
  const candidates = building ? building.floors : siteFloors(site);
  if (floorIds.length === 0) return { buildingId: building?.id ?? null, floors: candidates };
  const floors = floorIds.map((id) => {
    const floor = candidates.find((candidate) => candidate.id === id);
    if (!floor)
      throw new WalkthroughRequestError(
        'floors',
        `no floor "${id}"${building ? ` in building "${building.id}"` : ''} (floors: ${candidates.map((f) => f.id).join(', ')})`,
      );
    return floor;
  });
  const owner = site.buildings.find((b) => b.floors.some((floor) => floor.id === floors[0]?.id));
  return { buildingId: building?.id ?? owner?.id ?? null, floors };
}

/** Looks like the security office: where a walkthrough starts unless the site has none. */
const SECURITY_OFFICE = /security/i;

/**
 * The security office of the scope's building, as a point: the middle of its zone outline if it has
 * one, else the middle of the devices in it. null when there is none: the route then starts at
 * whichever stop makes it shortest.
 */
export function securityOffice(site: Site, scope: WalkthroughScope): (PlanPoint & { label: string }) | null {
  const building = site.buildings.find((b) => b.id === scope.buildingId);
  const floorIds = new Set((building?.floors ?? scope.floors).map((floor) => floor.id));
  for (const zone of site.zones) {
    if (!floorIds.has(zone.floorId) || !(SECURITY_OFFICE.test(zone.id) || SECURITY_OFFICE.test(zone.name))) continue;
    const corners = zone.polygon?.map(([x, y]) => ({ x, y })) ?? site.devices.filter((d) => d.zone === zone.id);
    if (corners.length === 0) continue;
    const mean = (pick: (point: { x: number; y: number }) => number) =>
      corners.reduce((sum, point) => sum + pick(point), 0) / corners.length;
    return { floorId: zone.floorId, x: mean((p) => p.x), y: mean((p) => p.y), label: zone.name };
  }
  return null;
}
