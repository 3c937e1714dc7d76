import { siteFloors, type Site } from '../../../shared/domain/site.js';

export type SiteNames = {
  device(id: string): string | null;
  zone(id: string | null): string | null;
  floor(id: string | null): string | null;
};

/** What a reader recognises (Loading dock door, Ground floor) beside the ids the log keeps. */
export function siteNames(site: Site | null): SiteNames {
  const devices = new Map(site?.devices.map((device) => [device.id, device.name]));
  const zones = new Map(site?.zones.map((zone) => [zone.id, zone.name]));
  const floors = new Map(site ? siteFloors(site).map((floor) => [floor.id, floor.name]) : []);
  return {
    device: (id) => devices.get(id) ?? null,
    zone: (id) => (id === null ? null : (zones.get(id) ?? null)),
    floor: (id) => (id === null ? null : (floors.get(id) ?? null)),
  };
}
