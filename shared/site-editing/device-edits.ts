import { siteFloors, type DeviceType, type Floor, type PlacedDevice, type Site } from '../domain/site.js';

/** Keeps a dropped point on the plan: a device dropped past the edge lands on it. */
export function clampToFloor(floor: Pick<Floor, 'widthM' | 'heightM'>, x: number, y: number): { x: number; y: number } {
  const mm = (value: number) => Math.round(value * 1000) / 1000;
  return { x: mm(Math.min(Math.max(x, 0), floor.widthM)), y: mm(Math.min(Math.max(y, 0), floor.heightM)) };
}

/** The zone whose outline contains the point, if any (ray casting; outlines are simple polygons). */
export function zoneAt(site: Site, floorId: string, x: number, y: number): string | undefined {
  return site.zones.find((zone) => {
    if (zone.floorId !== floorId || !zone.polygon) return false;
    let inside = false;
    const points = zone.polygon;
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
      const [xi, yi] = points[i] ?? [0, 0];
      const [xj, yj] = points[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  })?.id;
}

export type NewDevice = { id: string; name: string; type: DeviceType; heartbeatS?: number | undefined };

/**
 * Puts a device on a floor at (x, y) metres: a new one (from the unplaced list or the form), or one
 * already placed, moved. Its zone follows the outline it lands in, unless it had one and lands in none.
 */
export function placeDevice(site: Site, device: NewDevice | PlacedDevice, floorId: string, x: number, y: number): Site {
  const floor = siteFloors(site).find((candidate) => candidate.id === floorId);
  if (!floor) return site;
  const at = clampToFloor(floor, x, y);
  const zone =
    zoneAt(site, floorId, at.x, at.y) ?? ('zone' in device && device.floorId === floorId ? device.zone : undefined);
  const placed: PlacedDevice = {
    id: device.id,
    name: device.name,
    type: device.type,
    floorId,
    ...at,
    ...(zone !== undefined && { zone }),
    ...(device.heartbeatS !== undefined && { heartbeatS: device.heartbeatS }),
  };
  const exists = site.devices.some((candidate) => candidate.id === device.id);
  return {
    ...site,
    devices: exists
      ? site.devices.map((candidate) => (candidate.id === device.id ? placed : candidate))
      : [...site.devices, placed],
  };
}

/** Takes a device off the plan; if it still publishes, it shows up again as unplaced. */
export function removeDevice(site: Site, deviceId: string): Site {
  return { ...site, devices: site.devices.filter((device) => device.id !== deviceId) };
}
