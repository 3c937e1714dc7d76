import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFloors, siteSchema, type Site } from '../../../shared/domain/site.js';
import { ConfigError, describeZodIssues } from '../config/config-error.js';

export const SITE_FILE = 'site.json';

/** References the schema cannot see: floors and zones a device names must exist, ids must be unique. */
function crossCheck(site: Site): string[] {
  const problems: string[] = [];
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
  return problems;
}

/** The site (buildings, floors, placed devices) from `<dir>/site.json`, checked. */
export function loadSite(dir: string): Site {
  const file = join(dir, SITE_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`site file ${file}: ${(error as Error).message}`);
  }
  const parsed = siteSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeZodIssues(`site file ${file}`, parsed.error));
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems.map((problem) => `site file ${file}: ${problem}`).join('\n'));
  return parsed.data;
}
