import type { StateCreator } from 'zustand';
import type { PatrolPlan, TourRun } from '../../shared/domain/patrol.js';
import type { WatchfloorState } from './state.js';

/** Patrol checkpoints and tours (from the snapshot) and the runs being tracked (from deltas). */
export type PatrolsSlice = {
  patrolPlan: PatrolPlan | null;
  /** By run id, at most two per tour (renderer/patrols/tour-runs.ts). */
  patrolRuns: Record<string, TourRun>;
  /** The tour whose checkpoints the map shows; null follows the first tour being walked. */
  focusedTourId: string | null;
  focusTour(tourId: string | null): void;
};

export const createPatrolsSlice: StateCreator<WatchfloorState, [], [], PatrolsSlice> = (set) => ({
  patrolPlan: null,
  patrolRuns: {},
  focusedTourId: null,
  focusTour: (tourId) => set({ focusedTourId: tourId }),
});
