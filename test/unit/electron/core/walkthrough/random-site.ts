import fc from 'fast-check';
import type { Site } from '../../../../../shared/domain/site.js';
import type { PlanPoint } from '../../../../../shared/domain/walkthrough.js';

/** A three-floor, 60 m × 40 m building with two stair cores and a lift, as sites usually have. */
export const TOWER: Site = {
  formatVersion: 1,
  id: 'tower',
  name: 'Tower',
  timezone: 'UTC',
  buildings: [
    {
      id: 'tower',
      name: 'Tower',
      floors: [0, 1, 2].map((level) => ({
        id: `f${level}`,
        name: `Floor ${level}`,
        level,
        plan: `f${level}.svg`,
        widthM: 60,
        heightM: 40,
      })),
    },
  ],
  zones: [],
  devices: [],
  connectors: [
    { id: 'west', name: 'West stair', kind: 'stairs', secondsPerLevel: 20, stops: stopsAt(5, 20) },
    { id: 'east', name: 'East stair', kind: 'stairs', secondsPerLevel: 20, stops: stopsAt(55, 20) },
    { id: 'lift', name: 'Lift', kind: 'lift', secondsPerLevel: 6, waitS: 30, stops: stopsAt(30, 5) },
  ],
};

function stopsAt(x: number, y: number) {
  return [0, 1, 2].map((level) => ({ floorId: `f${level}`, x, y }));
}

export const pointArbitrary: fc.Arbitrary<PlanPoint> = fc.record({
  floorId: fc.constantFrom('f0', 'f1', 'f2'),
  x: fc.double({ min: 0, max: 60, noNaN: true }),
  y: fc.double({ min: 0, max: 40, noNaN: true }),
});
