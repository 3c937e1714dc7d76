import { readFileSync } from 'node:fs';
import type { Site } from '../../../shared/domain/site.js';
import { storedPlanHash } from '../../../shared/site-editing/plan-address.js';
import { siteFileSchema, type EmbeddedPlan, type SiteFile } from '../../../shared/site-editing/site-file.js';
import { resolveInside } from '../api/static-files.js';
import { ConfigError, describeZodIssues } from '../config/config-error.js';
import type { PlanImages } from '../store/plan-images.js';
import { checkSite, loadSite } from './load-site.js';
import type { PlanSource } from './store-plans.js';

/** The whole site as one file: the site plus each plan its floors name, embedded. */
export function exportSiteFile(site: Site, images: PlanImages, at: number): SiteFile {
  const plans: Record<string, EmbeddedPlan> = {};
  for (const floor of site.buildings.flatMap((building) => building.floors)) {
    const hash = storedPlanHash(floor.plan);
    const image = hash ? images.get(hash) : undefined;
    if (!image) throw new Error(`plan "${floor.plan}" of floor "${floor.id}" is not in the database`);
    plans[floor.plan] = { mime: image.mime, base64: image.bytes.toString('base64') };
  }
  return { format: 'watchfloor-site', formatVersion: 1, exportedAt: new Date(at).toISOString(), site, plans };
}

/** A site file, checked like a site folder; its plans are sniffed again when stored (the declared type is ignored). */
export function readSiteFile(
  raw: unknown,
  where: string,
): { site: Site; plans: PlanSource; exportedAt: string | undefined } {
  const parsed = siteFileSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeZodIssues(where, parsed.error));
  const site = checkSite(parsed.data.site, where);
  const embedded = parsed.data.plans;
  return {
    site,
    exportedAt: parsed.data.exportedAt,
    plans: (path) =>
      Object.hasOwn(embedded, path)
        ? Buffer.from(embedded[path]?.base64 ?? '', 'base64')
        : { error: 'not embedded in the site file' },
  };
}

/** A site folder (site.json and the plan files it names, which must lie inside the folder). */
export function readSiteFolder(dir: string): { site: Site; plans: PlanSource } {
  return {
    site: loadSite(dir),
    plans: (path) => {
      const file = resolveInside(dir, path);
      return file ? readFileSync(file) : { error: `no such file in ${dir}` };
    },
  };
}
