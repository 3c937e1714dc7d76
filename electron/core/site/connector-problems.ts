import type { Floor, Site } from '../../../shared/domain/site.js';

const outside = (floor: Floor, x: number, y: number): boolean => x > floor.widthM || y > floor.heightM;

/**
 * References the schema cannot see in the floor-linking parts of a site: a connector's floors
 * must exist and its stops lie on their plans, connector ids must be unique, and a zone's
 * outline must lie on its floor's plan.
 */
export function connectorProblems(site: Site, floors: ReadonlyMap<string, Floor>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  (site.connectors ?? []).forEach((connector, index) => {
    if (seen.has(connector.id)) problems.push(`connectors.${index}.id: "${connector.id}" is used twice`);
    seen.add(connector.id);
    connector.stops.forEach((stop, stopIndex) => {
      const where = `connectors.${index}.stops.${stopIndex}`;
      const floor = floors.get(stop.floorId);
      if (!floor) problems.push(`${where}.floorId: no floor "${stop.floorId}"`);
      else if (outside(floor, stop.x, stop.y))
        problems.push(`${where}: position (${stop.x}, ${stop.y}) is outside floor "${floor.id}"`);
    });
  });
  site.zones.forEach((zone, index) => {
    const floor = floors.get(zone.floorId);
    if (!floor || !zone.polygon) return;
    if (zone.polygon.some(([x, y]) => outside(floor, x, y)))
      problems.push(`zones.${index}.polygon: a point lies outside floor "${floor.id}"`);
  });
  return problems;
}
