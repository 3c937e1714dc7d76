import type { StateCreator } from 'zustand';
import type { DeviceState } from '../../shared/domain/device-state.js';
import type { WatchfloorState } from './state.js';

/** Device states by device id; each live delta replaces one entry, so unchanged entries keep their identity. */
export type DevicesSlice = { devices: Record<string, DeviceState> };

export const createDevicesSlice: StateCreator<WatchfloorState, [], [], DevicesSlice> = () => ({ devices: {} });
