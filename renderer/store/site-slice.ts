import type { StateCreator } from 'zustand';
import { EMPTY_SITE_INDEX, type SiteIndex } from './site-index.js';
import type { WatchfloorState } from './state.js';

/** The site plan as of the last snapshot; replaced whole, never patched. */
export type SiteSlice = SiteIndex;

export const createSiteSlice: StateCreator<WatchfloorState, [], [], SiteSlice> = () => EMPTY_SITE_INDEX;
