import { z } from 'zod';
import { CHANNELS } from '../../../shared/contract/topic.js';
import { topicIdSchema } from '../../../shared/contract/ids.js';
import { ALARM_STATES, DISPOSITIONS } from '../../../shared/domain/alarm.js';

/** A time bound in a query string: ISO-8601 or epoch milliseconds. */
export const instantSchema = z.string().transform((text, context) => {
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (Number.isNaN(ms)) {
    context.addIssue({ code: 'custom', message: 'must be an ISO-8601 time or epoch milliseconds' });
    return z.NEVER;
  }
  return ms;
});

export const MAX_QUERY_LIMIT = 10_000;
const limit = z.coerce.number().int().min(1).max(MAX_QUERY_LIMIT).default(100);

export const eventQuerySchema = z.strictObject({
  site: topicIdSchema.optional(),
  device: topicIdSchema.optional(),
  channel: z.enum(CHANNELS).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  limit,
});

export const alarmQuerySchema = z.strictObject({
  state: z.enum([...ALARM_STATES, 'open']).optional(),
  priority: z.coerce
    .number()
    .pipe(z.literal([1, 2, 3, 4]))
    .optional(),
  device: topicIdSchema.optional(),
  disposition: z.enum(DISPOSITIONS).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  limit,
});

/** Query parameters as an object; a repeated parameter is an error, not a silent pick. */
export function queryObject(
  search: URLSearchParams,
): { ok: true; value: Record<string, string> } | { ok: false; key: string } {
  const seen = new Map<string, string>();
  for (const [key, text] of search) {
    if (seen.has(key)) return { ok: false, key };
    seen.set(key, text);
  }
  // fromEntries defines own properties, so a key like __proto__ stays a plain (rejected) key.
  return { ok: true, value: Object.fromEntries(seen) };
}
