import { z } from 'zod';
import { siteSchema } from '../domain/site.js';
import { PLAN_MIME_TYPES } from './plan-address.js';

/** One image inside a site file, keyed by the plan path a floor names. */
export const embeddedPlanSchema = z.strictObject({
  /** What the exporting console sniffed; the importing console sniffs again and ignores a mismatch. */
  mime: z.enum(PLAN_MIME_TYPES),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

/**
 * The whole site as one file (GET /api/site/export, `watchfloor site export`): the site in the
 * format of a site folder's site.json, plus every floorplan it names, embedded as base64.
 */
export const siteFileSchema = z.strictObject({
  format: z.literal('watchfloor-site'),
  formatVersion: z.literal(1),
  exportedAt: z.string().max(64).optional(),
  site: siteSchema,
  plans: z.record(z.string().max(200), embeddedPlanSchema),
});
export type SiteFile = z.infer<typeof siteFileSchema>;
export type EmbeddedPlan = z.infer<typeof embeddedPlanSchema>;
