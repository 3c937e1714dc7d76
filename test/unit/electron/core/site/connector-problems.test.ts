import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteSchema, type Site } from '../../../../../shared/domain/site.js';
import { loadSite } from '../../../../../electron/core/site/load-site.js';
import { tempDir } from '../../../../support/temp-dir.js';
import { loadDemoSite } from '../../../fixtures/demo-site.js';

const dir = tempDir('site-connectors');
afterAll(() => dir.remove());
const demo = loadDemoSite();

function load(site: unknown): () => Site {
  const folder = join(dir.path, String(Math.random()).slice(2));
  mkdirSync(folder);
  writeFileSync(join(folder, 'site.json'), JSON.stringify(site));
  return () => loadSite(folder);
}
const stairs = (stops: { floorId: string; x: number; y: number }[]) => ({
  id: 'stair-x',
  name: 'Stair X',
  kind: 'stairs',
  secondsPerLevel: 20,
  stops,
});

describe('site connectors and zone outlines', () => {
  it('a site without them is still valid (format version 1)', () => {
    const plain: unknown = JSON.parse(
      JSON.stringify(demo, (key, value: unknown) => (key === 'connectors' || key === 'polygon' ? undefined : value)),
    );
    expect(load(plain)().connectors).toBeUndefined();
  });

  it('refuses a connector to a floor the site does not have, or off the plan', () => {
    const bad = {
      ...demo,
      connectors: [
        stairs([
          { floorId: 'g', x: 1, y: 1 },
          { floorId: '9', x: 1, y: 1 },
        ]),
      ],
    };
    expect(load(bad)).toThrow(/connectors\.0\.stops\.1\.floorId: no floor "9"/);
    const off = {
      ...demo,
      connectors: [
        stairs([
          { floorId: 'g', x: 1, y: 1 },
          { floorId: '1', x: 81, y: 1 },
        ]),
      ],
    };
    expect(load(off)).toThrow(/connectors\.0\.stops\.1: position \(81, 1\) is outside floor "1"/);
  });

  it('refuses a connector with one stop, the same floor twice, or an id used twice', () => {
    expect(siteSchema.safeParse({ ...demo, connectors: [stairs([{ floorId: 'g', x: 1, y: 1 }])] }).success).toBe(false);
    const twice = stairs([
      { floorId: 'g', x: 1, y: 1 },
      { floorId: 'g', x: 2, y: 2 },
    ]);
    expect(load({ ...demo, connectors: [twice] })).toThrow(/each floor may appear only once/);
    const ok = stairs([
      { floorId: 'g', x: 1, y: 1 },
      { floorId: '1', x: 1, y: 1 },
    ]);
    expect(load({ ...demo, connectors: [ok, ok] })).toThrow(/connectors\.1\.id: "stair-x" is used twice/);
  });

  it('refuses a zone outline with fewer than 3 points or off its plan', () => {
    const zone = (polygon: number[][]) => ({
      ...demo,
      zones: [{ id: 'z', name: 'Z', floorId: 'g', polygon }],
      devices: [],
    });
    expect(
      load(
        zone([
          [0, 0],
          [1, 1],
        ]),
      ),
    ).toThrow(/zones\.0\.polygon/);
    expect(
      load(
        zone([
          [0, 0],
          [100, 0],
          [0, 5],
        ]),
      ),
    ).toThrow(/zones\.0\.polygon: a point lies outside floor "g"/);
  });
});
