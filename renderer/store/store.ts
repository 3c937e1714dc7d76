import { createStore } from 'zustand/vanilla';
import { createAlarmsSlice } from './alarms-slice.js';
import { createCommandsSlice } from './commands-slice.js';
import { createConnectionSlice } from './connection-slice.js';
import { createDeskSlice } from './desk-slice.js';
import { createDevicesSlice } from './devices-slice.js';
import { createLiveSlice } from './live-slice.js';
import { createPatrolsSlice } from './patrols-slice.js';
import { createQueueSlice } from './queue-slice.js';
import { createSeatSlice } from './seat-slice.js';
import { createSiteSlice } from './site-slice.js';
import type { WatchfloorState } from './state.js';
import { createToastsSlice } from './toasts-slice.js';
import { createUiSlice } from './ui-slice.js';
import { createShiftsSlice } from '../shifts/shifts-slice.js';
import { createOccurrenceSlice } from '../occurrences/occurrence-slice.js';

/** A fresh store; the app makes one, tests make as many as they like. */
export const createWatchfloorStore = () =>
  createStore<WatchfloorState>()((...args) => ({
    ...createSiteSlice(...args),
    ...createDevicesSlice(...args),
    ...createAlarmsSlice(...args),
    ...createConnectionSlice(...args),
    ...createUiSlice(...args),
    ...createLiveSlice(...args),
    ...createSeatSlice(...args),
    ...createDeskSlice(...args),
    ...createQueueSlice(...args),
    ...createCommandsSlice(...args),
    ...createToastsSlice(...args),
    ...createPatrolsSlice(...args),
    ...createShiftsSlice(...args),
    ...createOccurrenceSlice(...args),
  }));

export type WatchfloorStore = ReturnType<typeof createWatchfloorStore>;

/** The console's one store; components reach it only through the hooks in selectors.ts. */
export const watchfloorStore = createWatchfloorStore();
