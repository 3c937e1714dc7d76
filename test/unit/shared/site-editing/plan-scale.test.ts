import { describe, expect, it } from 'vitest';
import { site } from './site-fixture.js';
import { planExtent, rescaleFloor, scaleFromTwoPoints } from '../../../../shared/site-editing/plan-scale.js';

describe('scale from two points and a known distance', () => {
  it('gives metres per pixel, and the plan extent from its pixel size', () => {
    // A 12 m corridor drawn 400 px long (3-4-5 triangle: 240 across, 320 down).
    const perPixel = scaleFromTwoPoints({ x: 100, y: 100 }, { x: 340, y: 420 }, 12);
    expect(perPixel).toBeCloseTo(0.03, 10);
    expect(planExtent({ width: 2000, height: 1000 }, perPixel ?? 0)).toEqual({ widthM: 60, heightM: 30 });
  });

  it('refuses what cannot give a scale: one point twice, no distance, a negative distance', () => {
    expect(scaleFromTwoPoints({ x: 5, y: 5 }, { x: 5, y: 5 }, 10)).toBeNull();
    expect(scaleFromTwoPoints({ x: 0, y: 0 }, { x: 5, y: 5 }, 0)).toBeNull();
    expect(scaleFromTwoPoints({ x: 0, y: 0 }, { x: 5, y: 5 }, -3)).toBeNull();
    expect(scaleFromTwoPoints({ x: 0, y: 0 }, { x: 5, y: 5 }, Number.NaN)).toBeNull();
  });

  it('rescales one floor and everything on it, leaving the other floors alone', () => {
    const rescaled = rescaleFloor(site, 'g', 0.5);
    expect(rescaled.buildings[0]?.floors.map((floor) => [floor.widthM, floor.heightM])).toEqual([
      [50, 25],
      [100, 50],
    ]);
    expect(rescaled.devices.map((device) => [device.x, device.y])).toEqual([
      [20, 10],
      [40, 20],
    ]);
    expect(rescaled.zones[0]?.polygon).toEqual([
      [0, 0],
      [5, 0],
      [5, 5],
    ]);
    expect(rescaled.connectors?.[0]?.stops).toEqual([
      { floorId: 'g', x: 2.5, y: 2.5 },
      { floorId: 'f1', x: 5, y: 5 },
    ]);
  });
});
