import { z } from 'zod';
import { topicIdSchema } from '../contract/ids.js';

/**
 * A guard-logged incident: something no device reported (a suspicious person, a spill). Called an
 * occurrence, as in the guard's occurrence book, to keep it apart from correlation incidents,
 * which are alarms the console grouped by itself.
 */
export const OCCURRENCE_CATEGORIES = [
  'suspicious-person',
  'safety-hazard',
  'visitor-problem',
  'property-damage',
  'medical',
  'other',
] as const;
export type OccurrenceCategory = (typeof OCCURRENCE_CATEGORIES)[number];

/**
 * Characters per field. Chosen with the list caps below so that the largest valid report fits the
 * live socket's message cap (electron/core/live/live-server.ts); a test checks that it does.
 */
export const OCCURRENCE_TEXT_LIMITS = { name: 120, plate: 20, description: 300 } as const;

export const PERSON_ROLES = ['suspect', 'witness', 'visitor', 'staff', 'injured', 'other'] as const;

/**
 * Control characters (bar tab, newline and carriage return) and lone surrogates are refused: a
 * guard's form never needs them, and JSON escapes each to six bytes, which would break the bound
 * (GUARD_TEXT_BYTES_PER_CHAR) the live socket's message cap is worked out from.
 */
function isPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return false;
    if (unit === 0x7f) return false;
    if (unit >= 0xdc00 && unit <= 0xdfff) return false; // a low surrogate with no high one before it
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

const words = (max: number) =>
  z.string().trim().min(1).max(max).refine(isPrintable, 'must not contain control characters');

/** At most this many UTF-8 bytes per UTF-16 unit of accepted text, once JSON-encoded. */
export const GUARD_TEXT_BYTES_PER_CHAR = 3;

/** Where it happened: a point on a floor plan, in metres from its top-left corner. */
export const occurrenceLocationSchema = z.strictObject({
  floorId: topicIdSchema,
  x: z.number().min(0).max(10_000),
  y: z.number().min(0).max(10_000),
  zone: topicIdSchema.nullable().default(null),
});

export const involvedPersonSchema = z.strictObject({
  role: z.enum(PERSON_ROLES),
  name: words(OCCURRENCE_TEXT_LIMITS.name).optional(),
  description: words(OCCURRENCE_TEXT_LIMITS.description),
});

export const involvedVehicleSchema = z.strictObject({
  plate: words(OCCURRENCE_TEXT_LIMITS.plate).optional(),
  description: words(OCCURRENCE_TEXT_LIMITS.description),
});

/** Caps on one report: a guard's form, not a database. */
export const OCCURRENCE_LIMITS = { people: 20, vehicles: 10, alarms: 20, narrative: 4000 } as const;

export const occurrenceFieldsSchema = z.strictObject({
  category: z.enum(OCCURRENCE_CATEGORIES),
  location: occurrenceLocationSchema,
  people: z.array(involvedPersonSchema).max(OCCURRENCE_LIMITS.people).default([]),
  vehicles: z.array(involvedVehicleSchema).max(OCCURRENCE_LIMITS.vehicles).default([]),
  narrative: words(OCCURRENCE_LIMITS.narrative),
  alarmIds: z.array(z.number().int().positive()).max(OCCURRENCE_LIMITS.alarms).default([]),
  /** When it happened, if not just now (epoch ms). */
  occurredAt: z.number().int().positive().optional(),
});
export type OccurrenceFields = z.infer<typeof occurrenceFieldsSchema>;

export type Occurrence = Omit<OccurrenceFields, 'occurredAt'> & {
  id: number;
  siteId: string;
  occurredAt: number;
  loggedBy: string;
  seat: string;
  loggedAt: number;
};
