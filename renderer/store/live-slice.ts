import type { StateCreator } from 'zustand';
import type { LiveDelta } from '../../shared/live/delta.js';
import type { Snapshot } from '../../shared/live/snapshot.js';
import { reduceDeltas } from './reduce-deltas.js';
import { reduceSnapshot } from './reduce-snapshot.js';
import type { WatchfloorState } from './state.js';

/** The only writers of live data; the live feed calls each at most once per frame. */
export type LiveSlice = {
  applySnapshot(snapshot: Snapshot): void;
  applyDeltas(deltas: readonly LiveDelta[]): void;
};

export const createLiveSlice: StateCreator<WatchfloorState, [], [], LiveSlice> = (set) => ({
  applySnapshot: (snapshot) => set((state) => reduceSnapshot(state, snapshot, Date.now())),
  applyDeltas: (deltas) => set((state) => reduceDeltas(state, deltas)),
});
