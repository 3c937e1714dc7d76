import type { Floor, PlacedDevice, Site } from '../../shared/domain/site.js';

/** The site reshaped for lookups the screen makes many times a second; rebuilt only per snapshot. */
export type SiteIndex = {
  site: Site | null;
  /** In building order, then as listed in the site file. */
  floors: Floor[];
  floorById: Record<string, Floor>;
  /** "Ground floor", or "North wing · Ground floor" when the site has several buildings. */
  floorLabelById: Record<string, string>;
  placedById: Record<string, PlacedDevice>;
  devicesByFloor: Record<string, PlacedDevice[]>;
  zoneNameById: Record<string, string>;
};

export const EMPTY_SITE_INDEX: SiteIndex = {
  site: null,
  floors: [],
  floorById: {},
  floorLabelById: {},
  placedById: {},
  devicesByFloor: {},
  zoneNameById: {},
};

export function indexSite(site: Site | null): SiteIndex {
  if (!site) return EMPTY_SITE_INDEX;
  const floors: Floor[] = [];
  const floorById: Record<string, Floor> = {};
  const floorLabelById: Record<string, string> = {};
  const placedById: Record<string, PlacedDevice> = {};
  const devicesByFloor: Record<string, PlacedDevice[]> = {};
  const zoneNameById: Record<string, string> = {};
  const severalBuildings = site.buildings.length > 1;
  for (const building of site.buildings) {
    for (const floor of building.floors) {
      floors.push(floor);
      floorById[floor.id] = floor;
      floorLabelById[floor.id] = severalBuildings ? `${building.name} · ${floor.name}` : floor.name;
      devicesByFloor[floor.id] = [];
    }
  }
  for (const device of site.devices) {
    placedById[device.id] = device;
    devicesByFloor[device.floorId]?.push(device);
  }
  for (const zone of site.zones) zoneNameById[zone.id] = zone.name;
  return { site, floors, floorById, floorLabelById, placedById, devicesByFloor, zoneNameById };
}

/** The floor a console opens on: ground level of the first building if there is one. */
export function defaultFloorId(floors: readonly Floor[]): string | null {
  return (floors.find((floor) => floor.level === 0) ?? floors[0])?.id ?? null;
}
