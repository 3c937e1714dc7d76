import type { Zone } from '../../../shared/domain/site.js';
import type { ZoneRule } from '../../../shared/domain/investigation.js';

type Point = readonly [number, number];

/** Outlines drawn by hand rarely share exact points: within this many metres they touch. */
export const TOUCH_TOLERANCE_M = 0.5;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function crosses(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

const edges = (polygon: readonly Point[]): [Point, Point][] =>
  polygon.map((point, index) => [point, polygon[(index + 1) % polygon.length] ?? point]);

/** Even-odd rule: is the point inside the outline? */
function inside(point: Point, outline: readonly Point[]): boolean {
  let within = false;
  for (const [a, b] of edges(outline)) {
    if (a[1] > point[1] !== b[1] > point[1] && point[0] < a[0] + ((point[1] - a[1]) * (b[0] - a[0])) / (b[1] - a[1]))
      within = !within;
  }
  return within;
}

/**
 * Two outlines touch when a corner of one lies within the tolerance of an edge of the other, when
 * edges cross, or when one lies inside the other (a store room drawn inside a hall).
 */
export function outlinesTouch(first: readonly Point[], second: readonly Point[]): boolean {
  const near = (points: readonly Point[], outline: readonly Point[]) =>
    points.some((point) => edges(outline).some(([a, b]) => distanceToSegment(point, a, b) <= TOUCH_TOLERANCE_M));
  if (near(first, second) || near(second, first)) return true;
  if (edges(first).some(([a, b]) => edges(second).some(([c, d]) => crosses(a, b, c, d)))) return true;
  const [firstCorner, secondCorner] = [first[0], second[0]];
  return (
    (firstCorner !== undefined && inside(firstCorner, second)) ||
    (secondCorner !== undefined && inside(secondCorner, first))
  );
}

/**
 * The zone itself and the zones next to it. With outlines on both sides, adjacent means the
 * outlines touch; when the zone (or a neighbour) has no outline, every zone of the same floor
 * counts, since nothing better is known. No zone: every zone of the floor.
 */
export function adjacentZones(
  zones: readonly Zone[],
  zoneId: string | null,
  floorId: string,
): { ids: string[]; rule: ZoneRule } {
  const onFloor = zones.filter((zone) => zone.floorId === floorId);
  const own = onFloor.find((zone) => zone.id === zoneId);
  if (!own) return { ids: onFloor.map((zone) => zone.id), rule: zoneId === null ? 'no-zone' : 'same-floor' };
  const { polygon } = own;
  if (!polygon) return { ids: onFloor.map((zone) => zone.id), rule: 'same-floor' };
  const ids = onFloor
    .filter((zone) => zone.id === own.id || !zone.polygon || outlinesTouch(polygon, zone.polygon))
    .map((zone) => zone.id);
  return { ids, rule: 'outlines-touch' };
}
