import { siteFloors, type Floor, type Site } from '../domain/site.js';
import { freshId } from './site-ids.js';

/** A floor before its plan is known: the editor asks for a plan next. */
export type NewFloor = Pick<Floor, 'name' | 'level' | 'plan' | 'widthM' | 'heightM'>;

const floorIds = (site: Site) => siteFloors(site).map((floor) => floor.id);

/** Adds a building with its first floor (a building without floors is not a site anybody can show). */
export function addBuilding(site: Site, name: string, firstFloor: NewFloor): Site {
  const id = freshId(
    name,
    site.buildings.map((building) => building.id),
    'building',
  );
  const floor = { ...firstFloor, id: freshId(`${id}-${firstFloor.name}`, floorIds(site), 'floor') };
  return { ...site, buildings: [...site.buildings, { id, name, floors: [floor] }] };
}

export function addFloor(site: Site, buildingId: string, floor: NewFloor): Site {
  const id = freshId(floor.name, floorIds(site), 'floor');
  return {
    ...site,
    buildings: site.buildings.map((building) =>
      building.id === buildingId ? { ...building, floors: [...building.floors, { ...floor, id }] } : building,
    ),
  };
}

export function renameBuilding(site: Site, buildingId: string, name: string): Site {
  return {
    ...site,
    buildings: site.buildings.map((building) => (building.id === buildingId ? { ...building, name } : building)),
  };
}

/** Changes what is stored about a floor itself (name, level, plan, extent); ids never change. */
export function updateFloor(site: Site, floorId: string, change: Partial<NewFloor>): Site {
  return {
    ...site,
    buildings: site.buildings.map((building) => ({
      ...building,
      floors: building.floors.map((floor) => (floor.id === floorId ? { ...floor, ...change } : floor)),
    })),
  };
}
