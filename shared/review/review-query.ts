import { z } from 'zod';
import { topicIdSchema } from '../contract/ids.js';
import { ALARM_CONDITIONS } from '../domain/alarm-conditions.js';
import { DISPOSITIONS } from '../domain/alarm.js';

/** The most timeline entries or search hits one request returns; the cursor fetches the rest. */
export const REVIEW_PAGE_LIMIT = 500;
/** Search text is for words a guard wrote, not documents. */
export const MAX_SEARCH_TEXT = 200;

/** A time in a query string: ISO-8601 or epoch milliseconds. */
export const reviewInstantSchema = z.string().transform((text, context) => {
  const ms = /^\d{1,15}$/.test(text) ? Number(text) : Date.parse(text);
  if (Number.isNaN(ms)) {
    context.addIssue({ code: 'custom', message: 'must be an ISO-8601 time or epoch milliseconds' });
    return z.NEVER;
  }
  return ms;
});

const pageLimit = z.coerce.number().int().min(1).max(REVIEW_PAGE_LIMIT).default(200);

/** Where the shift log looks: a range and the place, device, alarm and guard filters. */
export const reviewFilterSchema = z.strictObject({
  from: reviewInstantSchema,
  to: reviewInstantSchema,
  building: topicIdSchema.optional(),
  floor: topicIdSchema.optional(),
  zone: topicIdSchema.optional(),
  device: topicIdSchema.optional(),
  condition: z.enum(ALARM_CONDITIONS).optional(),
  guard: z.string().min(1).max(120).optional(),
  disposition: z.enum(DISPOSITIONS).optional(),
});

export const TIMELINE_INCLUDES = ['all', 'events', 'actions'] as const;

/** GET /api/review/timeline */
export const timelineQuerySchema = reviewFilterSchema.extend({
  include: z.enum(TIMELINE_INCLUDES).default('all'),
  /** The `next` of the previous page. */
  after: z.string().max(100).optional(),
  limit: pageLimit,
});

/** GET /api/review/search */
export const searchQuerySchema = reviewFilterSchema.extend({
  q: z.string().trim().min(1).max(MAX_SEARCH_TEXT),
  after: z.string().max(100).optional(),
  limit: pageLimit,
});

/** GET /api/review/replay: the picture at `at`, and every change after it up to `until`. */
export const replayQuerySchema = z.strictObject({ at: reviewInstantSchema, until: reviewInstantSchema.optional() });

export type ReviewFilter = z.output<typeof reviewFilterSchema>;
export type TimelineQuery = z.output<typeof timelineQuerySchema>;
export type SearchQuery = z.output<typeof searchQuerySchema>;
export type ReplayQuery = z.output<typeof replayQuerySchema>;
