import type { StateCreator } from 'zustand';
import type { DeskDialog } from '../dialogs/desk-dialog.js';
import type { WatchfloorState } from './state.js';

/** What the guard has open: the selected alarm's detail, and at most one dialog over everything. */
export type DeskSlice = {
  detailOpen: boolean;
  dialog: DeskDialog | null;
  openDetail(): void;
  closeDetail(): void;
  openDialog(dialog: DeskDialog): void;
  closeDialog(): void;
};

export const createDeskSlice: StateCreator<WatchfloorState, [], [], DeskSlice> = (set, get) => ({
  detailOpen: false,
  dialog: null,
  openDetail: () => {
    if (get().selectedAlarmId !== null) set({ detailOpen: true });
  },
  closeDetail: () => set({ detailOpen: false }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
});
