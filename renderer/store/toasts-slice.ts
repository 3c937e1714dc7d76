import type { StateCreator } from 'zustand';
import type { WatchfloorState } from './state.js';

/**
 * Something the seat must be told once: a refused action, an escalation, an auto-unshelve.
 * `alarmId` lets a guard jump to the alarm the message is about.
 */
export type Toast = {
  id: string;
  kind: 'refusal' | 'escalation' | 'unshelved' | 'info';
  message: string;
  alarmId: number | null;
  at: number;
};

/** Shown at once; older ones give way (every refusal is also in the row's flash and the core's log). */
export const MAX_TOASTS = 4;

export type ToastsSlice = {
  toasts: readonly Toast[];
  addToast(toast: Omit<Toast, 'id' | 'at'>): void;
  dismissToast(id: string): void;
  dismissAllToasts(): void;
};

let toastCounter = 0;

export const withToast = (toasts: readonly Toast[], toast: Toast): readonly Toast[] =>
  [...toasts, toast].slice(-MAX_TOASTS);

export const createToastsSlice: StateCreator<WatchfloorState, [], [], ToastsSlice> = (set) => ({
  toasts: [],
  addToast: (toast) =>
    set((state) => ({ toasts: withToast(state.toasts, { ...toast, id: `toast-${++toastCounter}`, at: Date.now() }) })),
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
  dismissAllToasts: () => set({ toasts: [] }),
});
