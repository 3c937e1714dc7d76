import type { Handover, Shift } from '../../shared/domain/shift.js';
import { useWatchfloor } from '../store/use-watchfloor.js';
import { handoverFor, shiftOf } from './shift-picture.js';

/** Each returns a reference the store already holds, or null: safe as zustand selectors. */
export const useMyShift = (): Shift | null => useWatchfloor((s) => shiftOf(s.openShifts, s.identity?.operator));
/** Someone else's open shift at this seat. */
export const useOtherShiftHere = (): Shift | null =>
  useWatchfloor(
    (s) =>
      s.openShifts.find((shift) => shift.seat === s.identity?.seat && shift.operator !== s.identity.operator) ?? null,
  );
export const usePendingHandover = (): Handover | null =>
  useWatchfloor((s) => handoverFor(s.pendingHandovers, s.identity));
export const useHandover = (handoverId: number): Handover | null =>
  useWatchfloor((s) => s.pendingHandovers.find((handover) => handover.id === handoverId) ?? null);
