import type { StateCreator } from 'zustand';
import { compareForQueue } from './alarm-order.js';
import type { WatchfloorState } from './state.js';

/** A request to bring one device into view; the nonce makes a repeated request move the map again. */
export type MapFocus = { deviceId: string; nonce: number };

export type UiSlice = {
  selectedFloorId: string | null;
  selectedAlarmId: number | null;
  selectedDeviceId: string | null;
  mapFocus: MapFocus | null;
  selectFloor(floorId: string): void;
  /** Select a device, and its most urgent open alarm if it has one, so map and queue agree. */
  selectDevice(deviceId: string | null): void;
  /** Select an alarm and take the map to its device, switching floor if need be. */
  selectAlarm(alarmId: number): void;
};

export const createUiSlice: StateCreator<WatchfloorState, [], [], UiSlice> = (set, get) => ({
  selectedFloorId: null,
  selectedAlarmId: null,
  selectedDeviceId: null,
  mapFocus: null,
  selectFloor: (selectedFloorId) => set({ selectedFloorId }),
  selectDevice: (selectedDeviceId) => {
    const { alarms, alarmIdsByDevice } = get();
    const ids = selectedDeviceId === null ? [] : (alarmIdsByDevice.get(selectedDeviceId) ?? []);
    const open = ids.flatMap((id) => alarms.get(id) ?? []);
    const mostUrgent = open.sort(compareForQueue)[0];
    set({ selectedDeviceId, selectedAlarmId: mostUrgent?.id ?? null, selectedIncidentId: null });
  },
  selectAlarm: (alarmId) => {
    const { alarms, placedById, mapFocus, selectedFloorId } = get();
    const alarm = alarms.get(alarmId);
    if (!alarm) return;
    const placed = placedById[alarm.deviceId];
    set({
      selectedAlarmId: alarmId,
      selectedIncidentId: null,
      selectedDeviceId: alarm.deviceId,
      selectedFloorId: placed?.floorId ?? selectedFloorId,
      mapFocus: placed ? { deviceId: placed.id, nonce: (mapFocus?.nonce ?? 0) + 1 } : mapFocus,
    });
  },
});
