import { useShallow } from 'zustand/react/shallow';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { Zone } from '../../shared/domain/site.js';
import { queueOrder } from '../store/alarm-order.js';
import { useWatchfloor } from '../store/use-watchfloor.js';
import type { OccurrenceSlice } from './occurrence-slice.js';
import type { OccurrenceDraft } from './occurrence-draft.js';

export const useOccurrenceDraft = (): OccurrenceDraft | null => useWatchfloor((s) => s.occurrenceDraft);
export const usePickingLocation = (): boolean => useWatchfloor((s) => s.pickingLocation);
export const useMapOnScreen = (): boolean => useWatchfloor((s) => s.mapOnScreen);
export const useStartOccurrence = (): OccurrenceSlice['startOccurrence'] => useWatchfloor((s) => s.startOccurrence);
export const useEditOccurrence = (): OccurrenceSlice['editOccurrence'] => useWatchfloor((s) => s.editOccurrence);
export const usePickOccurrenceLocation = (): OccurrenceSlice['pickOccurrenceLocation'] =>
  useWatchfloor((s) => s.pickOccurrenceLocation);
export const usePlaceOccurrence = (): OccurrenceSlice['placeOccurrence'] => useWatchfloor((s) => s.placeOccurrence);
export const useSetMapOnScreen = (): OccurrenceSlice['setMapOnScreen'] => useWatchfloor((s) => s.setMapOnScreen);

/** Open alarms a report may link, most urgent first, as the queue shows them. */
export const useLinkableAlarms = (): Alarm[] => useWatchfloor(useShallow((s) => queueOrder(s.alarms)));

const NO_ZONES: Zone[] = [];
export const useZonesOnFloor = (floorId: string | null): Zone[] =>
  useWatchfloor(
    useShallow((s) => (floorId === null ? NO_ZONES : (s.site?.zones ?? NO_ZONES).filter((z) => z.floorId === floorId))),
  );
