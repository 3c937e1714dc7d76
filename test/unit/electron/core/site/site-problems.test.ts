import { describe, expect, it } from 'vitest';
import { DEMO_SITE_DIR } from '../../../../../electron/core/package-root.js';
import { loadSite } from '../../../../../electron/core/site/load-site.js';
import { siteProblems } from '../../../../../electron/core/site/site-problems.js';

const demo = loadSite(DEMO_SITE_DIR);

describe('cross-reference checks for a site', () => {
  it('finds nothing wrong with the demo site', () => {
    expect(siteProblems(demo)).toEqual([]);
  });

  it('names a floor id used in two buildings and a zone id used twice', () => {
    const [first] = demo.buildings;
    if (!first) throw new Error('fixture');
    const twice = {
      ...demo,
      buildings: [...demo.buildings, { ...first, id: 'copy' }],
      zones: [...demo.zones, { ...demo.zones[0], id: demo.zones[0]?.id ?? 'z', name: 'Again', floorId: 'g' }],
    };
    const problems = siteProblems(twice);
    expect(problems).toContain(`floor id "${first.floors[0]?.id}" is used twice`);
    expect(problems).toContain(`zone id "${demo.zones[0]?.id}" is used twice`);
  });

  it('names a device on a missing floor, off its plan, or in a missing zone', () => {
    const broken = {
      ...demo,
      devices: [
        { id: 'a', name: 'A', type: 'door' as const, floorId: 'nowhere', x: 1, y: 1 },
        { id: 'b', name: 'B', type: 'door' as const, floorId: 'g', x: 1e4, y: 1 },
        { id: 'c', name: 'C', type: 'door' as const, floorId: 'g', x: 1, y: 1, zone: 'nozone' },
      ],
    };
    expect(siteProblems(broken)).toEqual([
      'devices.0.floorId: no floor "nowhere"',
      expect.stringMatching(/^devices\.1: position \(10000, 1\) is outside floor "g"/),
      'devices.2.zone: no zone "nozone"',
    ]);
  });
});
