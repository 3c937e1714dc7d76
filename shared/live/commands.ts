import { z } from 'zod';
import { topicIdSchema } from '../contract/ids.js';
import { DISPOSITIONS } from '../domain/alarm.js';
import { occurrenceFieldsSchema } from '../domain/occurrence.js';

const alarmId = z.number().int().positive();
/** The alarm version the seat acted on; a stale one is refused as a conflict, never applied. */
const version = z.number().int().min(0);
const text = (max: number) => z.string().trim().min(1).max(max);

/** What a seat may ask of the core. Every command is validated here, then judged by the lifecycle. */
export const seatCommandSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('acknowledge'), alarmId, version }),
  z.strictObject({ action: z.literal('claim'), alarmId, version, takeOver: z.boolean().default(false) }),
  z.strictObject({ action: z.literal('release'), alarmId, version }),
  z.strictObject({ action: z.literal('note'), alarmId, text: text(2000) }),
  z.strictObject({
    action: z.literal('checklist'),
    alarmId,
    version,
    step: z.number().int().min(0).max(29),
    done: z.boolean(),
  }),
  z.strictObject({ action: z.literal('dispatch'), alarmId, version, to: text(200), note: text(2000).optional() }),
  z.strictObject({
    action: z.literal('shelve'),
    alarmId,
    version,
    reason: text(500),
    minutes: z.number().int().min(1).max(10_080),
  }),
  z.strictObject({ action: z.literal('unshelve'), alarmId, version }),
  z.strictObject({ action: z.literal('reset'), alarmId, version }),
  z.strictObject({
    action: z.literal('resolve'),
    alarmId,
    version,
    disposition: z.enum(DISPOSITIONS),
    note: text(2000).optional(),
  }),
  z.strictObject({ action: z.literal('acknowledge-incident'), incidentId: z.number().int().positive() }),
  z.strictObject({
    action: z.literal('out-of-service'),
    deviceId: topicIdSchema,
    reason: text(500),
    hours: z
      .number()
      .positive()
      .max(24 * 90)
      .optional(),
  }),
  z.strictObject({ action: z.literal('return-to-service'), deviceId: topicIdSchema }),
  // Shifts and handover (docs/shifts.md): the outgoing guard's note is required to end a shift.
  z.strictObject({ action: z.literal('start-shift') }),
  z.strictObject({ action: z.literal('end-shift'), shiftId: z.number().int().positive(), note: text(4000) }),
  z.strictObject({ action: z.literal('acknowledge-handover'), handoverId: z.number().int().positive() }),
  z.strictObject({ action: z.literal('log-occurrence'), ...occurrenceFieldsSchema.shape }),
]);
export type SeatCommand = z.infer<typeof seatCommandSchema>;
export type SeatCommandInput = z.input<typeof seatCommandSchema>;
export type SeatAction = SeatCommand['action'];

export const REFUSALS = [
  'invalid',
  'not-found',
  'conflict',
  'claimed',
  'not-allowed',
  'rate-limited',
  'unavailable',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** The core's answer; a refusal says why in words a guard can act on ("claimed by J. Osei at desk-2"). */
export type CommandResult = { ok: true } | { ok: false; refusal: Refusal; message: string };
