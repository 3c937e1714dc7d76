import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPatrolPlan } from '../../../../../electron/core/patrols/load-patrol-plan.js';
import { DEMO_SITE_DIR } from '../../../../../electron/core/package-root.js';
import { loadSite } from '../../../../../electron/core/site/load-site.js';
import { tempDir } from '../../../../support/temp-dir.js';

const site = loadSite(DEMO_SITE_DIR);
const dir = tempDir('patrol-file');
afterAll(() => dir.remove());

describe('loading a site patrol file', () => {
  it("loads the demo's two tours over its tag readers", () => {
    const plan = loadPatrolPlan(DEMO_SITE_DIR, site);
    expect(plan.tours.map((tour) => tour.id)).toEqual(['night-all-floors', 'ground-perimeter']);
    const readers = new Map(site.devices.filter((d) => d.type === 'tag-reader').map((d) => [d.id, d]));
    for (const checkpoint of plan.checkpoints) {
      // Each demo checkpoint is a wall reader: same tag id, same place.
      expect(readers.get(checkpoint.id)).toMatchObject({
        floorId: checkpoint.floorId,
        x: checkpoint.x,
        y: checkpoint.y,
      });
    }
  });

  it('means no tours when there is no file', () => {
    expect(loadPatrolPlan(dir.path, site)).toEqual({ formatVersion: 1, checkpoints: [], tours: [] });
  });

  it('names the file, key and reason for a checkpoint off the site', () => {
    const folder = join(dir.path, 'bad');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'patrols.json'),
      JSON.stringify({
        formatVersion: 1,
        checkpoints: [
          { id: 'a', name: 'A', floorId: 'roof', x: 1, y: 1 },
          { id: 'b', name: 'B', floorId: 'g', x: 81, y: 1 },
        ],
        tours: [],
      }),
    );
    expect(() => loadPatrolPlan(folder, site)).toThrow(
      /checkpoints\.0\.floorId: no floor "roof"[\s\S]*checkpoints\.1: position \(81, 1\) is outside floor "g"/,
    );
  });
});
