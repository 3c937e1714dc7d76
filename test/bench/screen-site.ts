import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVICE_TYPES, siteSchema, type Site } from '../../shared/domain/site.js';

export const SCREEN_FLOOR = 'f1';
const WIDTH_M = 400;
const HEIGHT_M = 250;
const COLUMNS = 100;

/** A plain plan: an outline and a grid of rooms, a few kilobytes whatever the device count. */
function planSvg(): string {
  const lines: string[] = [];
  for (let x = 0; x <= WIDTH_M; x += 20) lines.push(`<line x1="${x}" y1="0" x2="${x}" y2="${HEIGHT_M}"/>`);
  for (let y = 0; y <= HEIGHT_M; y += 25) lines.push(`<line x1="0" y1="${y}" x2="${WIDTH_M}" y2="${y}"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH_M} ${HEIGHT_M}" width="${WIDTH_M * 4}" height="${HEIGHT_M * 4}">` +
    `<rect width="${WIDTH_M}" height="${HEIGHT_M}" fill="#1b222b"/>` +
    `<g stroke="#5a6675" stroke-width="0.4">${lines.join('')}</g></svg>\n`
  );
}

/**
 * A site folder with `devices` devices of every type on one floor, in a grid: the load a large
 * warehouse or campus floor puts on the map.
 */
export function writeScreenSite(dir: string, devices: number): Site {
  mkdirSync(join(dir, 'floors'), { recursive: true });
  writeFileSync(join(dir, 'floors', 'plan.svg'), planSvg());
  const rows = Math.ceil(devices / COLUMNS);
  const site = siteSchema.parse({
    formatVersion: 1,
    id: 'bench',
    name: 'Bench warehouse',
    timezone: 'Europe/London',
    buildings: [
      {
        id: 'warehouse',
        name: 'Warehouse',
        floors: [
          { id: SCREEN_FLOOR, name: 'Floor 1', level: 0, plan: 'floors/plan.svg', widthM: WIDTH_M, heightM: HEIGHT_M },
        ],
      },
    ],
    zones: [],
    devices: Array.from({ length: devices }, (_, n) => ({
      id: `dev-${n}`,
      name: `Device ${n}`,
      type: DEVICE_TYPES[n % DEVICE_TYPES.length],
      floorId: SCREEN_FLOOR,
      x: 2 + ((n % COLUMNS) * (WIDTH_M - 4)) / COLUMNS,
      y: 2 + (Math.floor(n / COLUMNS) * (HEIGHT_M - 4)) / rows,
    })),
  });
  writeFileSync(join(dir, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
  return site;
}
