import type { PlanPoint, WalkthroughLeg } from '../../../shared/domain/walkthrough.js';
import { orderRoute } from './route-order.js';
import type { WalkingNetwork } from './walking-network.js';

export type RoutedStop<T> = { stop: T; leg: WalkthroughLeg | null };

export type Route<T> = {
  stops: RoutedStop<T>[];
  walkM: number;
  /** Walking, rides and `dwellS` at every stop. */
  seconds: number;
};

/**
 * Seconds between every pair of nodes: node 0 is the start, or without one a dummy that costs
 * nothing to leave (so the best first stop wins); node i is stop i − 1. Legs are symmetric, so
 * each pair is priced once.
 */
function costMatrix(network: WalkingNetwork, stops: readonly PlanPoint[], start: PlanPoint | null): number[][] {
  const size = stops.length + 1;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let i = 0; i < size; i += 1) {
    for (let j = i + 1; j < size; j += 1) {
      const to = stops[j - 1] as PlanPoint;
      const from = i === 0 ? start : (stops[i - 1] as PlanPoint);
      const seconds = from ? network.seconds(from, to) : 0;
      (matrix[i] as number[])[j] = seconds;
      (matrix[j] as number[])[i] = seconds;
    }
  }
  return matrix;
}

/**
 * Orders `stops` into a short walk from `start` (or from whichever stop makes the walk shortest)
 * and prices it: each stop gets the leg that reaches it.
 */
export function planRoute<T extends PlanPoint>(
  network: WalkingNetwork,
  stops: readonly T[],
  start: PlanPoint | null,
  dwellS: number,
): Route<T> {
  const matrix = costMatrix(network, stops, start);
  const order = orderRoute(matrix)
    .slice(1)
    .map((node) => stops[node - 1] as T);
  let previous: PlanPoint | null = start;
  let walkM = 0;
  let seconds = 0;
  const routed = order.map((stop) => {
    const leg = previous ? network.leg(previous, stop) : null;
    previous = stop;
    walkM += leg?.walkM ?? 0;
    seconds += (leg?.seconds ?? 0) + dwellS;
    return { stop, leg };
  });
  return { stops: routed, walkM, seconds };
}
