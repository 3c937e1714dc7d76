import { OCCURRENCE_LIMITS, type OccurrenceCategory, type OccurrenceFields } from '../../shared/domain/occurrence.js';
import type { PERSON_ROLES } from '../../shared/domain/occurrence.js';
import type { SeatCommandInput } from '../../shared/live/commands.js';
import type { Floor, PlacedDevice, Zone } from '../../shared/domain/site.js';

export type PersonRole = (typeof PERSON_ROLES)[number];
export type DraftPerson = { role: PersonRole; name: string; description: string };
export type DraftVehicle = { plate: string; description: string };
export type DraftLocation = { floorId: string; x: number; y: number };

/** What the guard has typed so far; kept in the store so picking on the map loses nothing. */
export type OccurrenceDraft = {
  category: OccurrenceCategory | null;
  location: DraftLocation | null;
  zone: string | null;
  people: DraftPerson[];
  vehicles: DraftVehicle[];
  narrative: string;
  alarmIds: number[];
};

/**
 * A fresh report. With an alarm selected it starts where that alarm's device is and links it, since
 * a guard who saw something on camera usually logs it from the alarm that drew them there.
 */
export function newDraft(selectedAlarmId: number | null, device: PlacedDevice | undefined): OccurrenceDraft {
  return {
    category: null,
    location: device ? { floorId: device.floorId, x: device.x, y: device.y } : null,
    zone: device?.zone ?? null,
    people: [],
    vehicles: [],
    narrative: '',
    alarmIds: selectedAlarmId === null ? [] : [selectedAlarmId],
  };
}

/** Is (x, y) inside the polygon? Ray casting; a point on an edge may land either side. */
export function insidePolygon(polygon: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] ?? [0, 0];
    const [xj, yj] = polygon[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The zone whose outline holds a picked point, if the site draws its zones. */
export function zoneAt(zones: readonly Zone[], location: DraftLocation): string | null {
  const zone = zones.find(
    (z) => z.floorId === location.floorId && z.polygon && insidePolygon(z.polygon, location.x, location.y),
  );
  return zone?.id ?? null;
}

/** A click on the plan, in metres from its top-left corner; null when it fell outside the plan. */
export function pickedLocation(floor: Floor, lat: number, lng: number): DraftLocation | null {
  const x = lng;
  const y = floor.heightM - lat;
  if (x < 0 || y < 0 || x > floor.widthM || y > floor.heightM) return null;
  const metres = (value: number) => Math.round(value * 10) / 10;
  return { floorId: floor.id, x: metres(x), y: metres(y) };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The command the draft makes, or what is still missing, in words. */
export function draftCommand(draft: OccurrenceDraft): SeatCommandInput | string {
  if (draft.category === null) return 'Choose what happened.';
  if (draft.location === null) return 'Pick where it happened on the map.';
  if (draft.narrative.trim() === '') return 'Write what happened.';
  if (draft.people.some((person) => person.description.trim() === ''))
    return 'Describe every person, or remove the row.';
  if (draft.vehicles.some((vehicle) => vehicle.description.trim() === ''))
    return 'Describe every vehicle, or remove the row.';
  const fields = {
    category: draft.category,
    location: { ...draft.location, zone: draft.zone },
    people: draft.people.map((person) => ({
      role: person.role,
      name: optional(person.name),
      description: person.description.trim(),
    })),
    vehicles: draft.vehicles.map((vehicle) => ({
      plate: optional(vehicle.plate),
      description: vehicle.description.trim(),
    })),
    narrative: draft.narrative.trim(),
    alarmIds: draft.alarmIds.slice(0, OCCURRENCE_LIMITS.alarms),
  } satisfies Omit<OccurrenceFields, 'occurredAt'>;
  return { action: 'log-occurrence', ...fields };
}

export const toggleAlarm = (alarmIds: readonly number[], alarmId: number): number[] =>
  alarmIds.includes(alarmId)
    ? alarmIds.filter((id) => id !== alarmId)
    : alarmIds.length >= OCCURRENCE_LIMITS.alarms
      ? [...alarmIds]
      : [...alarmIds, alarmId];
