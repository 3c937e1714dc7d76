import type { StateCreator } from 'zustand';
import type { Handover, Shift } from '../../shared/domain/shift.js';
import type { WatchfloorState } from '../store/state.js';

/** Open shifts and unacknowledged handovers, from the snapshot and then deltas (shift-picture.ts). */
export type ShiftsSlice = {
  openShifts: readonly Shift[];
  pendingHandovers: readonly Handover[];
};

export const createShiftsSlice: StateCreator<WatchfloorState, [], [], ShiftsSlice> = () => ({
  openShifts: [],
  pendingHandovers: [],
});
