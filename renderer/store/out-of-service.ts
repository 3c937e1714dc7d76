import type { WatchfloorState } from './state.js';

let lastDevices: WatchfloorState['devices'] | null = null;
let lastIds: string[] = [];

/** Devices under maintenance (raising nothing), by id; the same array until the list changes. */
export function outOfServiceDeviceIds(state: WatchfloorState): string[] {
  if (state.devices !== lastDevices) {
    lastDevices = state.devices;
    const ids = Object.values(state.devices)
      .filter((device) => device.outOfService !== null && device.outOfService !== undefined)
      .map((device) => device.deviceId)
      .sort();
    // Devices change many times a second; the list only now and then. Keep its identity until it does.
    if (ids.length !== lastIds.length || ids.some((id, i) => id !== lastIds[i])) lastIds = ids;
  }
  return lastIds;
}
