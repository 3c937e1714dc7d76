import type { WatchfloorState } from './state.js';

/** Devices under maintenance (raising nothing), by id; the same array until the list changes (kept by the reducers). */
export const outOfServiceDeviceIds = (state: WatchfloorState): readonly string[] => state.outOfServiceDeviceIds;
