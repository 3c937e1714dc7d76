import type { Site, Zone } from '../domain/site.js';
import { freshId } from './site-ids.js';

/** A zone outline needs at least a triangle; the schema allows at most this many corners. */
export const MIN_ZONE_POINTS = 3;
export const MAX_ZONE_POINTS = 500;

/** Clicks closer than this to the first point close the outline, in metres. */
export const CLOSE_ZONE_WITHIN_M = 0.75;

export type ZoneDraft = { floorId: string; points: [number, number][] };

/** True when a click at (x, y) should close the outline rather than add a corner. */
export function closesZone(draft: ZoneDraft, x: number, y: number): boolean {
  const first = draft.points[0];
  return (
    first !== undefined &&
    draft.points.length >= MIN_ZONE_POINTS &&
    Math.hypot(x - first[0], y - first[1]) <= CLOSE_ZONE_WITHIN_M
  );
}

export function addZoneCorner(draft: ZoneDraft, x: number, y: number): ZoneDraft {
  if (draft.points.length >= MAX_ZONE_POINTS) return draft;
  return { ...draft, points: [...draft.points, [x, y]] };
}

/**
 * Adds the drawn outline as a new zone (or gives an existing zone on that floor its outline), so
 * alarm rules, correlation and reports can use it. Too few corners: the site is unchanged.
 */
export function saveZone(site: Site, draft: ZoneDraft, name: string, existingId?: string): Site {
  if (draft.points.length < MIN_ZONE_POINTS) return site;
  const existing = site.zones.find((zone) => zone.id === existingId && zone.floorId === draft.floorId);
  if (existing) {
    return {
      ...site,
      zones: site.zones.map((zone) => (zone === existing ? { ...zone, polygon: draft.points } : zone)),
    };
  }
  const zone: Zone = {
    id: freshId(
      name,
      site.zones.map((candidate) => candidate.id),
      'zone',
    ),
    name,
    floorId: draft.floorId,
    polygon: draft.points,
  };
  return { ...site, zones: [...site.zones, zone] };
}
