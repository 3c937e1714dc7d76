import type { DeviceState } from '../../shared/domain/device-state.js';
import { DEVICE_TYPES, type DeviceType } from '../../shared/domain/site.js';

/** What an unplaced device most likely is, from what it has published; the admin can change it. */
export function guessDeviceType(state: DeviceState | undefined): DeviceType {
  if (state?.camera) return 'camera';
  if (state?.door) return 'door';
  return 'intrusion-panel';
}

/** A `<select>`'s value as a device type (the options are exactly DEVICE_TYPES). */
export const asDeviceType = (value: string): DeviceType => DEVICE_TYPES.find((type) => type === value) ?? 'door';
