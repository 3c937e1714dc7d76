import type { StateCreator } from 'zustand';
import type { DeviceState } from '../../shared/domain/device-state.js';
import { NO_DEVICE_LISTS, type DeviceLists } from './device-lists.js';
import type { WatchfloorState } from './state.js';

/** Device states by device id; each live delta replaces one entry, so unchanged entries keep their identity. */
export type DevicesSlice = DeviceLists & { devices: Record<string, DeviceState> };

export const createDevicesSlice: StateCreator<WatchfloorState, [], [], DevicesSlice> = () => ({
  devices: {},
  ...NO_DEVICE_LISTS,
});
