import type { Site } from '../../../shared/domain/site.js';
import { siteFloors } from '../../../shared/domain/site.js';
import type { ConnectorRide, PlanPoint, WalkthroughLeg } from '../../../shared/domain/walkthrough.js';

/** Assumed climb per level between floors that no connector of the site links; stated on the leg. */
export const ASSUMED_SECONDS_PER_LEVEL = 30;

/**
 * Connector entrances the all-pairs table is built over (its cost grows with the cube). A site with
 * more is refused with a message rather than planned slowly.
 */
export const MAX_NETWORK_NODES = 400;

type Node = PlanPoint & { connectorId: string; name: string };

/** Straight-line metres on one plan: walls and corridors are not modelled, so this is a lower bound. */
export const straightLineM = (a: { x: number; y: number }, b: { x: number; y: number }): number =>
  Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Walking times between points anywhere on a site: straight lines on a floor, and between floors the
 * cheapest way through the connectors (walk to an entrance, ride or climb, possibly change
 * connector, walk on). Built once per plan; `leg` is then cheap.
 */
export function walkingNetwork(site: Site, walkingSpeedMps: number) {
  const levels = new Map(siteFloors(site).map((floor) => [floor.id, floor.level]));
  const nodes: Node[] = (site.connectors ?? []).flatMap((connector) =>
    connector.stops.map((stop) => ({ ...stop, connectorId: connector.id, name: connector.name })),
  );
  if (nodes.length > MAX_NETWORK_NODES)
    throw new RangeError(`the site has ${nodes.length} connector entrances; the planner handles ${MAX_NETWORK_NODES}`);
  const connectors = new Map((site.connectors ?? []).map((connector) => [connector.id, connector]));
  const levelOf = (floorId: string): number => levels.get(floorId) ?? 0;
  const walkS = (a: PlanPoint, b: PlanPoint): number => straightLineM(a, b) / walkingSpeedMps;

  const n = nodes.length;
  const time: number[][] = nodes.map((a, i) =>
    nodes.map((b, j) => {
      if (i === j) return 0;
      if (a.floorId === b.floorId) return walkS(a, b);
      const connector = connectors.get(a.connectorId);
      if (a.connectorId !== b.connectorId || !connector) return Infinity;
      return (connector.waitS ?? 0) + connector.secondsPerLevel * Math.abs(levelOf(a.floorId) - levelOf(b.floorId));
    }),
  );
  const next: number[][] = nodes.map(() => nodes.map((__, j) => j));
  // Floyd–Warshall: a handful of connectors per building, so the cube is small and paid once.
  for (let k = 0; k < n; k += 1) {
    const viaK = time[k] as number[];
    for (let i = 0; i < n; i += 1) {
      const row = time[i] as number[];
      const ik = row[k] as number;
      if (ik === Infinity) continue;
      for (let j = 0; j < n; j += 1) {
        if (ik + (viaK[j] as number) < (row[j] as number)) {
          row[j] = ik + (viaK[j] as number);
          (next[i] as number[])[j] = (next[i] as number[])[k] as number;
        }
      }
    }
  }
  const entrances = (floorId: string): number[] =>
    nodes.flatMap((node, index) => (node.floorId === floorId ? [index] : []));

  function nodePath(from: number, to: number): number[] {
    const path = [from];
    for (let at = from; at !== to;) {
      at = (next[at] as number[])[to] as number;
      path.push(at);
    }
    return path;
  }

  /** The quickest way from `a` to `b`, with the corners to draw and the rides to print. */
  function leg(a: PlanPoint, b: PlanPoint): WalkthroughLeg {
    if (a.floorId === b.floorId)
      return { walkM: straightLineM(a, b), seconds: walkS(a, b), path: [a, b], rides: [], assumed: false };
    let best = { seconds: Infinity, from: -1, to: -1 };
    for (const s of entrances(a.floorId)) {
      for (const t of entrances(b.floorId)) {
        const seconds = walkS(a, nodes[s] as Node) + ((time[s] as number[])[t] as number) + walkS(nodes[t] as Node, b);
        if (seconds < best.seconds) best = { seconds, from: s, to: t };
      }
    }
    if (best.seconds === Infinity) {
      const climbS = ASSUMED_SECONDS_PER_LEVEL * Math.abs(levelOf(a.floorId) - levelOf(b.floorId));
      const walkM = straightLineM(a, b);
      return { walkM, seconds: walkM / walkingSpeedMps + climbS, path: [a, b], rides: [], assumed: true };
    }
    const corners: PlanPoint[] = [a, ...nodePath(best.from, best.to).map((index) => nodes[index] as Node), b];
    let walkM = 0;
    const rides: ConnectorRide[] = [];
    for (let index = 1; index < corners.length; index += 1) {
      const [from, to] = [corners[index - 1] as PlanPoint, corners[index] as PlanPoint];
      if (from.floorId === to.floorId) walkM += straightLineM(from, to);
      else {
        const node = to as Node;
        rides.push({
          connectorId: node.connectorId,
          name: node.name,
          fromFloorId: from.floorId,
          toFloorId: to.floorId,
        });
      }
    }
    const path = corners.map(({ floorId, x, y }) => ({ floorId, x, y }));
    return { walkM, seconds: best.seconds, path, rides, assumed: false };
  }

  return { leg, seconds: (a: PlanPoint, b: PlanPoint): number => leg(a, b).seconds };
}
export type WalkingNetwork = ReturnType<typeof walkingNetwork>;
