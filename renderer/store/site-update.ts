import type { Site } from '../../shared/domain/site.js';
import type { SiteVersionSummary } from '../../shared/site-editing/site-versions.js';
import { defaultFloorId, indexSite } from './site-index.js';
import type { SiteSlice } from './site-slice.js';

/** A newly saved site version replaces the seat's site; the floor a guard is looking at stays if it still exists. */
export function siteUpdate(
  selectedFloorId: string | null,
  site: Site,
  version: SiteVersionSummary,
): SiteSlice & { selectedFloorId: string | null } {
  const index = indexSite(site);
  const keepFloor = selectedFloorId !== null && selectedFloorId in index.floorById;
  return {
    ...index,
    siteVersion: version,
    selectedFloorId: keepFloor ? selectedFloorId : defaultFloorId(index.floors),
  };
}
