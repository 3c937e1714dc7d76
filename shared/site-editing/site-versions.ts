import { z } from 'zod';
import { siteSchema, type Site } from '../domain/site.js';

/** Where a saved version came from. */
export const SITE_VERSION_SOURCES = ['folder', 'editor', 'import', 'restore'] as const;
export type SiteVersionSource = (typeof SITE_VERSION_SOURCES)[number];

/** One saved version of the site, without the site itself (GET /api/site/versions). */
export type SiteVersionSummary = {
  id: number;
  savedAt: number;
  /** Username of the admin who saved it, or 'system' for the import at first start. */
  savedBy: string;
  note: string;
  source: SiteVersionSource;
};

export type SiteVersion = SiteVersionSummary & { site: Site };

export const SITE_NOTE_MAX = 500;

/** POST /api/site/versions: the whole edited site and why it changed. */
export const saveSiteRequestSchema = z.strictObject({
  site: siteSchema,
  note: z.string().trim().max(SITE_NOTE_MAX).default(''),
  /** The version the editor started from; a save over a newer version than this is refused (409). */
  basedOn: z.number().int().positive().optional(),
});
export type SaveSiteRequest = z.input<typeof saveSiteRequestSchema>;

/** POST /api/site/versions/:id/restore */
export const restoreSiteRequestSchema = z.strictObject({
  note: z.string().trim().max(SITE_NOTE_MAX).default(''),
});

/** What a refused save says: the schema's or the cross-reference checks' problems, one per line. */
export type SiteRefusal = { error: string; details?: string[] };
