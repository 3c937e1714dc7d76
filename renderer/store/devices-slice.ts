import type { StateCreator } from 'zustand';
import { EMPTY_DEVICE_BOOK, type DeviceBook } from './device-book.js';
import { NO_DEVICE_LISTS, type DeviceLists } from './device-lists.js';
import { NO_DEVICE_TOUCHES, type DeviceTouches } from './device-touches.js';
import type { WatchfloorState } from './state.js';

/** Device states by device id; each live delta replaces one entry, so unchanged entries keep their identity. */
export type DevicesSlice = DeviceLists & { devices: DeviceBook; deviceTouches: DeviceTouches };

export const createDevicesSlice: StateCreator<WatchfloorState, [], [], DevicesSlice> = () => ({
  devices: EMPTY_DEVICE_BOOK,
  deviceTouches: NO_DEVICE_TOUCHES,
  ...NO_DEVICE_LISTS,
});
