import type { StateCreator } from 'zustand';
import type { WatchfloorState } from '../store/state.js';
import { newDraft, zoneAt, type DraftLocation, type OccurrenceDraft } from './occurrence-draft.js';

/**
 * The "log incident" report being written. The dialog is modal, so picking the place on the map
 * closes it while the draft waits here, and reopens it once a point is picked (or picking is given up).
 */
export type OccurrenceSlice = {
  occurrenceDraft: OccurrenceDraft | null;
  /** The map takes the next click as the report's location. */
  pickingLocation: boolean;
  /** Whether a floor map is on screen to pick from (the queue-only view has none). */
  mapOnScreen: boolean;
  startOccurrence(): void;
  editOccurrence(change: Partial<OccurrenceDraft>): void;
  pickOccurrenceLocation(): void;
  /** The picked point, or null to go back to the form without one. */
  placeOccurrence(location: DraftLocation | null): void;
  setMapOnScreen(onScreen: boolean): void;
};

export const createOccurrenceSlice: StateCreator<WatchfloorState, [], [], OccurrenceSlice> = (set, get) => ({
  occurrenceDraft: null,
  pickingLocation: false,
  mapOnScreen: false,
  startOccurrence: () => {
    const { selectedAlarmId, alarms, placedById } = get();
    const alarm = selectedAlarmId === null ? undefined : alarms.get(selectedAlarmId);
    set({
      occurrenceDraft: newDraft(alarm?.id ?? null, alarm ? placedById[alarm.deviceId] : undefined),
      pickingLocation: false,
      dialog: { kind: 'log-occurrence' },
    });
  },
  editOccurrence: (change) =>
    set((state) => (state.occurrenceDraft ? { occurrenceDraft: { ...state.occurrenceDraft, ...change } } : {})),
  pickOccurrenceLocation: () => {
    const { occurrenceDraft, selectFloor } = get();
    if (!occurrenceDraft) return;
    if (occurrenceDraft.location) selectFloor(occurrenceDraft.location.floorId);
    set({ pickingLocation: true, dialog: null });
  },
  placeOccurrence: (location) => {
    const { occurrenceDraft, site } = get();
    if (!occurrenceDraft) return set({ pickingLocation: false });
    const placed = location ? { location, zone: zoneAt(site?.zones ?? [], location) } : {};
    set({
      occurrenceDraft: { ...occurrenceDraft, ...placed },
      pickingLocation: false,
      dialog: { kind: 'log-occurrence' },
    });
  },
  setMapOnScreen: (mapOnScreen) => set({ mapOnScreen }),
});
