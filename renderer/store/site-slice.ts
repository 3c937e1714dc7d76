import type { StateCreator } from 'zustand';
import type { SiteVersionSummary } from '../../shared/site-editing/site-versions.js';
import { EMPTY_SITE_INDEX, type SiteIndex } from './site-index.js';
import type { WatchfloorState } from './state.js';

/** The site plan as of the last snapshot or `site` delta; replaced whole, never patched. */
export type SiteSlice = SiteIndex & {
  /** Which saved version the site is (the site editor saves over it); null from an older core. */
  siteVersion: SiteVersionSummary | null;
};

export const createSiteSlice: StateCreator<WatchfloorState, [], [], SiteSlice> = () => ({
  ...EMPTY_SITE_INDEX,
  siteVersion: null,
});
