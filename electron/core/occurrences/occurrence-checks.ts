import type { OccurrenceFields } from '../../../shared/domain/occurrence.js';
import type { Site } from '../../../shared/domain/site.js';

/** Why a logged location cannot be on this site's plans, or null when it can. */
export function locationProblem(site: Site | null, location: OccurrenceFields['location']): string | null {
  if (!site) return 'no site is loaded, so there is no floor plan to place it on';
  const floor = site.buildings.flatMap((building) => building.floors).find((f) => f.id === location.floorId);
  if (!floor) return `there is no floor ${location.floorId}`;
  if (location.x > floor.widthM || location.y > floor.heightM)
    return `(${location.x}, ${location.y}) is outside ${floor.name} (${floor.widthM} × ${floor.heightM} m)`;
  if (location.zone === null) return null;
  const zone = site.zones.find((z) => z.id === location.zone);
  if (!zone) return `there is no zone ${location.zone}`;
  if (zone.floorId !== floor.id) return `zone ${zone.name} is not on ${floor.name}`;
  return null;
}

/** A time a guard may give for "when it happened": not in the future, not before a week ago. */
export const OCCURRED_AT_WINDOW_MS = 7 * 86_400_000;
/** Clocks differ a little between a seat and the core. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function occurredAtProblem(occurredAt: number | undefined, now: number): string | null {
  if (occurredAt === undefined) return null;
  if (occurredAt > now + FUTURE_TOLERANCE_MS) return 'when it happened cannot be in the future';
  if (occurredAt < now - OCCURRED_AT_WINDOW_MS) return 'when it happened must be within the last 7 days';
  return null;
}
