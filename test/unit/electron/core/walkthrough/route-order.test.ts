import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { pathCost, orderRoute, type CostMatrix } from '../../../../../electron/core/walkthrough/route-order.js';
import { planRoute } from '../../../../../electron/core/walkthrough/plan-route.js';
import { walkingNetwork } from '../../../../../electron/core/walkthrough/walking-network.js';
import { pointArbitrary, TOWER } from './random-site.js';

/** The cheapest open path from node 0 through every other node, by trying every order. */
function bruteForceOptimum(matrix: CostMatrix): number {
  let best = Infinity;
  const visit = (at: number, left: number[], sofar: number): void => {
    if (sofar >= best) return;
    if (left.length === 0) {
      best = sofar;
      return;
    }
    for (const next of left)
      visit(
        next,
        left.filter((node) => node !== next),
        sofar + ((matrix[at] as number[])[next] as number),
      );
  };
  visit(0, matrix.map((_, index) => index).slice(1), 0);
  return best;
}

const network = walkingNetwork(TOWER, 1.2);
const gaps: number[] = [];

afterAll(() => {
  const worst = Math.max(...gaps);
  const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  const optimal = gaps.filter((gap) => gap < 1e-9).length;
  console.log(
    `walkthrough route quality over ${gaps.length} random instances of 2–8 stops on 3 floors: ` +
      `worst gap ${(worst * 100).toFixed(2)} %, mean gap ${(mean * 100).toFixed(3)} %, optimal in ${optimal}`,
  );
});

describe('orderRoute against the brute-force optimum', () => {
  it('visits every stop once, from the start, within 5 % of the optimum', () => {
    fc.assert(
      fc.property(
        fc.array(pointArbitrary, { minLength: 2, maxLength: 8 }),
        fc.option(pointArbitrary, { nil: null }),
        (stops, start) => {
          const nodes = [start, ...stops];
          const matrix = nodes.map((from) =>
            nodes.map((to) => (from === to || from === null || to === null ? 0 : network.seconds(from, to))),
          );
          const order = orderRoute(matrix);
          expect(order[0]).toBe(0);
          expect([...order].sort((a, b) => a - b)).toEqual(nodes.map((_, index) => index));
          const heuristic = pathCost(matrix, order);
          const optimum = bruteForceOptimum(matrix);
          expect(heuristic).toBeGreaterThanOrEqual(optimum - 1e-6);
          const gap = optimum === 0 ? 0 : heuristic / optimum - 1;
          gaps.push(gap);
          expect(gap).toBeLessThanOrEqual(0.05);
        },
      ),
      { numRuns: 400, seed: 20_251_121 },
    );
  });
});

describe('planRoute', () => {
  it('prices the walk it orders: walking plus rides plus the dwell at every stop', () => {
    const stops = [
      { floorId: 'f0', x: 50, y: 20, id: 'a' },
      { floorId: 'f0', x: 10, y: 20, id: 'b' },
      { floorId: 'f0', x: 30, y: 20, id: 'c' },
    ];
    const route = planRoute(network, stops, { floorId: 'f0', x: 0, y: 20 }, 60);
    expect(route.stops.map(({ stop }) => stop.id)).toEqual(['b', 'c', 'a']);
    expect(route.walkM).toBeCloseTo(50);
    expect(route.seconds).toBeCloseTo(50 / 1.2 + 3 * 60);
    expect(route.stops[0]?.leg?.path).toEqual([
      { floorId: 'f0', x: 0, y: 20 },
      { floorId: 'f0', x: 10, y: 20, id: 'b' },
    ]);
  });

  it('without a start, begins at an end of the line rather than in the middle', () => {
    const stops = [20, 0, 40, 10].map((x) => ({ floorId: 'f1', x, y: 0 }));
    const route = planRoute(network, stops, null, 0);
    const xs = route.stops.map(({ stop }) => stop.x);
    expect([xs.join(), [...xs].reverse().join()]).toContain('0,10,20,40');
    expect(route.walkM).toBeCloseTo(40);
    expect(route.stops[0]?.leg).toBeNull();
  });
});
