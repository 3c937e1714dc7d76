import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { siteSchema, type PlacedDevice, type Site } from '../../shared/domain/site.js';

export const PROBE_FLOOR = 'g';
const COLUMNS = 25;

export const probeDoorId = (n: number) => `probe-door-${n}`;

/**
 * The demo site plus `count` doors that only the probes use, laid out in a grid on the ground
 * floor: each probe is a new alarm on a device the background traffic never touches, and every
 * probe has a marker on the plan as well as a row in the queue.
 */
export function writeLatencySite(dir: string, count: number): Site {
  cpSync(DEMO_SITE_DIR, dir, { recursive: true });
  const site = siteSchema.parse(JSON.parse(readFileSync(join(DEMO_SITE_DIR, 'site.json'), 'utf8')));
  const probes: PlacedDevice[] = Array.from({ length: count }, (_, n) => ({
    id: probeDoorId(n),
    name: `Probe door ${n}`,
    type: 'door',
    floorId: PROBE_FLOOR,
    x: 3 + (n % COLUMNS) * 3,
    y: 3 + Math.floor(n / COLUMNS) * 4,
  }));
  const withProbes = { ...site, devices: [...site.devices, ...probes] } satisfies Site;
  writeFileSync(join(dir, 'site.json'), `${JSON.stringify(withProbes, null, 2)}\n`);
  return withProbes;
}
