import type { Checkpoint, Tour, TourRun } from '../../shared/domain/patrol.js';
import type { WatchfloorState } from '../store/state.js';
import { useWatchfloor } from '../store/use-watchfloor.js';
import { runToShow } from './tour-runs.js';

const NO_TOURS: Tour[] = [];
const NO_CHECKPOINTS: Checkpoint[] = [];

/** The focused tour, or the first one being walked, or the first one. */
export function shownTour(state: WatchfloorState): Tour | null {
  const tours = state.patrolPlan?.tours ?? NO_TOURS;
  return (
    tours.find((tour) => tour.id === state.focusedTourId) ??
    tours.find((tour) => runToShow(state.patrolRuns, tour.id)?.state === 'in-progress') ??
    tours[0] ??
    null
  );
}

export const usePatrolTours = (): Tour[] => useWatchfloor((s) => s.patrolPlan?.tours ?? NO_TOURS);
export const usePatrolCheckpoints = (): Checkpoint[] =>
  useWatchfloor((s) => s.patrolPlan?.checkpoints ?? NO_CHECKPOINTS);
export const useShownTour = (): Tour | null => useWatchfloor(shownTour);
/** Runs are replaced whole by deltas, so the chosen run's identity changes only when it does. */
export const useRunToShow = (tourId: string | null): TourRun | null =>
  useWatchfloor((s) => (tourId === null ? null : runToShow(s.patrolRuns, tourId)));
export const useFocusTour = () => useWatchfloor((s) => s.focusTour);
