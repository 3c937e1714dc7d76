import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../../shared/domain/site.js';
import { ASSUMED_SECONDS_PER_LEVEL, walkingNetwork } from '../../../../../electron/core/walkthrough/walking-network.js';
import { TOWER } from './random-site.js';

const SPEED = 1.2;
const at = (floorId: string, x: number, y: number) => ({ floorId, x, y });

describe('walkingNetwork', () => {
  const network = walkingNetwork(TOWER, SPEED);

  it('walks a straight line on one floor', () => {
    const leg = network.leg(at('f1', 0, 0), at('f1', 30, 40));
    expect(leg).toMatchObject({ walkM: 50, rides: [], assumed: false });
    expect(leg.seconds).toBeCloseTo(50 / SPEED);
  });

  it('changes floor by the nearest stair when that is quicker than waiting for the lift', () => {
    const leg = network.leg(at('f0', 50, 20), at('f2', 50, 20));
    // 5 m to the east stair, two levels at 20 s, 5 m back: 10 / 1.2 + 40 s.
    expect(leg.seconds).toBeCloseTo(10 / SPEED + 40);
    expect(leg.walkM).toBeCloseTo(10);
    expect(leg.rides).toEqual([{ connectorId: 'east', name: 'East stair', fromFloorId: 'f0', toFloorId: 'f2' }]);
    expect(leg.path).toEqual([at('f0', 50, 20), at('f0', 55, 20), at('f2', 55, 20), at('f2', 50, 20)]);
  });

  it('takes the lift when it stands by both ends', () => {
    const leg = network.leg(at('f0', 30, 6), at('f2', 31, 5));
    expect(leg.rides.map((ride) => ride.connectorId)).toEqual(['lift']);
    expect(leg.seconds).toBeCloseTo(1 / SPEED + 30 + 2 * 6 + 1 / SPEED);
  });

  it('is symmetric, as the route ordering requires', () => {
    const [a, b] = [at('f0', 12, 33), at('f2', 47, 3)];
    expect(network.seconds(a, b)).toBeCloseTo(network.seconds(b, a));
  });

  it('changes connector on a floor in between when no connector serves both floors', () => {
    const split: Site = {
      ...TOWER,
      connectors: [
        { id: 'stair', name: 'Stair', kind: 'stairs', secondsPerLevel: 20, stops: [at('f0', 5, 5), at('f1', 5, 5)] },
        { id: 'ramp', name: 'Ramp', kind: 'ramp', secondsPerLevel: 40, stops: [at('f1', 45, 5), at('f2', 45, 5)] },
      ],
    };
    const leg = walkingNetwork(split, SPEED).leg(at('f0', 5, 15), at('f2', 45, 15));
    expect(leg.rides.map((ride) => `${ride.connectorId} ${ride.fromFloorId}→${ride.toFloorId}`)).toEqual([
      'stair f0→f1',
      'ramp f1→f2',
    ]);
    // 10 m to the stair, 40 m across the first floor to the ramp, 10 m to the stop.
    expect(leg.walkM).toBeCloseTo(60);
    expect(leg.seconds).toBeCloseTo(60 / SPEED + 20 + 40);
    expect(leg.assumed).toBe(false);
  });

  it('states an assumption, and still gives a cost, between floors no connector links', () => {
    const noConnectors: Site = { ...TOWER, connectors: undefined };
    const leg = walkingNetwork(noConnectors, SPEED).leg(at('f0', 0, 0), at('f2', 3, 4));
    expect(leg).toMatchObject({ walkM: 5, rides: [], assumed: true });
    expect(leg.seconds).toBeCloseTo(5 / SPEED + 2 * ASSUMED_SECONDS_PER_LEVEL);
  });
});
