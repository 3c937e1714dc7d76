import type { Occurrence, OccurrenceCategory } from '../../../shared/domain/occurrence.js';
import type { Handover } from '../../../shared/domain/shift.js';
import type { SiteNames } from './site-names.js';

/** A guard-logged incident as the report shows it: what, where (with names), who and what was involved. */
export type ReportOccurrence = {
  id: number;
  occurredAt: number;
  loggedAt: number;
  loggedBy: string;
  seat: string;
  category: OccurrenceCategory;
  floorId: string;
  floorName: string | null;
  zone: string | null;
  zoneName: string | null;
  /** Metres from the plan's top-left corner. */
  x: number;
  y: number;
  people: { role: string; name: string | null; description: string }[];
  vehicles: { plate: string | null; description: string }[];
  narrative: string;
  alarmIds: number[];
};

/** A handover: who handed over to whom, when, the note, and how long the console's lists were. */
export type ReportHandover = {
  id: number;
  shiftId: number;
  seat: string;
  writtenBy: string;
  writtenAt: number;
  /** Null while nobody has acknowledged it (as of when the report was made). */
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
  note: string;
  /** Open alarms handed over, the ones beyond the listed cap included. */
  openAlarms: number;
  /** Of those, the ones shelved at the time. */
  openAlarmsShelved: number;
  /** Notable events of the outgoing shift, the ones beyond the listed cap included. */
  notable: number;
};

/** Occurrences logged in the range, oldest first. */
export function occurrenceItems(occurrences: readonly Occurrence[], names: SiteNames): ReportOccurrence[] {
  return [...occurrences]
    .sort((a, b) => a.loggedAt - b.loggedAt || a.id - b.id)
    .map((o) => ({
      id: o.id,
      occurredAt: o.occurredAt,
      loggedAt: o.loggedAt,
      loggedBy: o.loggedBy,
      seat: o.seat,
      category: o.category,
      floorId: o.location.floorId,
      floorName: names.floor(o.location.floorId),
      zone: o.location.zone,
      zoneName: names.zone(o.location.zone),
      x: o.location.x,
      y: o.location.y,
      people: o.people.map((p) => ({ role: p.role, name: p.name ?? null, description: p.description })),
      vehicles: o.vehicles.map((v) => ({ plate: v.plate ?? null, description: v.description })),
      narrative: o.narrative,
      alarmIds: [...o.alarmIds],
    }));
}

/** Handovers written or acknowledged in the range, once each, in the order they were written. */
export function handoverItems(handovers: readonly Handover[]): ReportHandover[] {
  const byId = new Map(handovers.map((h) => [h.id, h]));
  return [...byId.values()]
    .sort((a, b) => a.writtenAt - b.writtenAt || a.id - b.id)
    .map((h) => ({
      id: h.id,
      shiftId: h.shiftId,
      seat: h.seat,
      writtenBy: h.writtenBy,
      writtenAt: h.writtenAt,
      acknowledgedBy: h.acknowledgedBy,
      acknowledgedAt: h.acknowledgedAt,
      note: h.note,
      openAlarms: h.openAlarms.length + h.openAlarmsNotListed,
      openAlarmsShelved: h.openAlarms.filter((alarm) => alarm.shelved).length,
      notable: h.notable.length + h.notableNotListed,
    }));
}

/** "Suspect: Tall man (red jacket)" — one line per person or vehicle, for CSV and PDF cells. */
export const peopleText = (o: ReportOccurrence): string =>
  o.people.map((p) => `${p.role}: ${p.name ? `${p.name}, ` : ''}${p.description}`).join('; ');
export const vehiclesText = (o: ReportOccurrence): string =>
  o.vehicles.map((v) => `${v.plate ? `${v.plate}, ` : ''}${v.description}`).join('; ');
export const placeText = (o: ReportOccurrence): string =>
  [o.floorName ?? o.floorId, o.zoneName ?? o.zone, `${o.x} m, ${o.y} m`].filter((part) => part !== null).join(' · ');
