import type { InvestigationAnchor, NearbyDevice } from '../../../shared/domain/investigation.js';
import type { PlacedDevice, Site } from '../../../shared/domain/site.js';
import { adjacentZones } from './zone-adjacency.js';

export type InvestigationScope = {
  /** Devices on the anchor's floor within the radius, nearest first. */
  nearby: NearbyDevice[];
  /** Doors whose zone is the anchor's or an adjacent one. */
  doors: PlacedDevice[];
  zones: ReturnType<typeof adjacentZones>;
};

const round = (metres: number) => Math.round(metres * 10) / 10;

/** Which devices an investigation looks at: pure, from the site alone. */
export function investigationScope(site: Site, anchor: InvestigationAnchor, radiusM: number): InvestigationScope {
  const zones = adjacentZones(site.zones, anchor.zone, anchor.floorId);
  const zoneIds = new Set(zones.ids);
  const onFloor = site.devices.filter((device) => device.floorId === anchor.floorId);
  const nearby = onFloor
    .map((device) => ({ device, distanceM: Math.hypot(device.x - anchor.x, device.y - anchor.y) }))
    .filter(({ distanceM }) => distanceM <= radiusM)
    .sort((a, b) => a.distanceM - b.distanceM || a.device.id.localeCompare(b.device.id))
    .map(({ device, distanceM }) => ({
      id: device.id,
      name: device.name,
      type: device.type,
      zone: device.zone ?? null,
      distanceM: round(distanceM),
    }));
  const doors = onFloor.filter(
    (device) => device.type === 'door' && device.zone !== undefined && zoneIds.has(device.zone),
  );
  return { nearby, doors, zones };
}
