import { siteFloors, type Site } from '../../../shared/domain/site.js';
import { connectorProblems } from './connector-problems.js';

/** Ids that must be unique across the whole site: a floor id means one floor, wherever it is named. */
function duplicateIds(site: Site): string[] {
  const problems: string[] = [];
  const check = (what: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id "${id}" is used twice`);
      seen.add(id);
    }
  };
  check(
    'building',
    site.buildings.map((building) => building.id),
  );
  check(
    'floor',
    siteFloors(site).map((floor) => floor.id),
  );
  check(
    'zone',
    site.zones.map((zone) => zone.id),
  );
  return problems;
}

/**
 * References the schema cannot see: floors and zones a device names must exist, positions must
 * lie on the plan, ids must be unique; connectors and zone outlines as connector-problems.ts says.
 * The same checks guard a site folder at start and every version an admin saves.
 */
export function siteProblems(site: Site): string[] {
  const problems = duplicateIds(site);
  const floors = new Map(siteFloors(site).map((floor) => [floor.id, floor]));
  const zones = new Set(site.zones.map((zone) => zone.id));
  const seen = new Set<string>();
  site.devices.forEach((device, index) => {
    if (seen.has(device.id)) problems.push(`devices.${index}.id: "${device.id}" is used twice`);
    seen.add(device.id);
    const floor = floors.get(device.floorId);
    if (!floor) problems.push(`devices.${index}.floorId: no floor "${device.floorId}"`);
    else if (device.x > floor.widthM || device.y > floor.heightM) {
      problems.push(
        `devices.${index}: position (${device.x}, ${device.y}) is outside floor "${floor.id}" (${floor.widthM} × ${floor.heightM} m)`,
      );
    }
    if (device.zone && !zones.has(device.zone)) problems.push(`devices.${index}.zone: no zone "${device.zone}"`);
  });
  site.zones.forEach((zone, index) => {
    if (!floors.has(zone.floorId)) problems.push(`zones.${index}.floorId: no floor "${zone.floorId}"`);
  });
  problems.push(...connectorProblems(site, floors));
  return problems;
}
