import type { Site } from '../../../shared/domain/site.js';
import { storedPlanHash, storedPlanPath } from '../../../shared/site-editing/plan-address.js';
import { ConfigError } from '../config/config-error.js';
import type { PlanImages } from '../store/plan-images.js';
import { sniffPlanImage } from './plan-sniff.js';

/** Where the bytes of a plan a floor names come from: a site folder's file, a site file's embedded image. */
export type PlanSource = (path: string) => Uint8Array | { error: string };

/**
 * Puts every floor's plan into the database (sniffed, capped) and names it by its content, so
 * that a saved version never depends on a folder or file that may change or disappear. Bytes the
 * source supplies are always sniffed and addressed afresh: a file's name for a plan proves nothing.
 */
export function storePlans(site: Site, source: PlanSource, images: PlanImages, by: string, at: number): Site {
  const problems: string[] = [];
  const stored = new Map<string, string>();
  const storeOne = (path: string): string => {
    const known = stored.get(path);
    if (known) return known;
    const bytes = source(path);
    if ('error' in bytes) {
      // Without bytes from the source, a plan already in the database under this address stands.
      const hash = storedPlanHash(path);
      if (!hash || !images.get(hash)) problems.push(`plan "${path}": ${bytes.error}`);
      return path;
    }
    const sniffed = sniffPlanImage(bytes);
    if (!sniffed.ok) {
      problems.push(`plan "${path}": ${sniffed.error}`);
      return path;
    }
    const address = storedPlanPath(images.put(Buffer.from(bytes), sniffed.mime, by, at), sniffed.mime);
    stored.set(path, address);
    return address;
  };
  const buildings = site.buildings.map((building) => ({
    ...building,
    floors: building.floors.map((floor) => ({ ...floor, plan: storeOne(floor.plan) })),
  }));
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return { ...site, buildings };
}

/** Plans an editor's save names must already be in the database (uploaded first). */
export const onlyStoredPlans: PlanSource = (path) => ({
  error: storedPlanHash(path) ? 'no such plan image has been uploaded' : 'upload the plan image first',
});
