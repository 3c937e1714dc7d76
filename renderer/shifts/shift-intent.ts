import type { WatchfloorState } from '../store/state.js';
import { handoverFor, shiftOf } from './shift-picture.js';

/**
 * The handover key: a waiting handover first (the incoming guard reads and acknowledges it), else
 * end the shift with a handover, else start one. Every path opens a dialog, so a stray key press
 * never ends a shift by itself.
 */
export function openShiftDialog(state: WatchfloorState): void {
  const pending = handoverFor(state.pendingHandovers, state.identity);
  if (pending) return state.openDialog({ kind: 'handover', handoverId: pending.id });
  const mine = shiftOf(state.openShifts, state.identity?.operator);
  if (mine) return state.openDialog({ kind: 'end-shift', shiftId: mine.id });
  state.openDialog({ kind: 'start-shift' });
}
