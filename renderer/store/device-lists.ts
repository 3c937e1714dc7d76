import type { DeviceState } from '../../shared/domain/device-state.js';
import type { PlacedDevice } from '../../shared/domain/site.js';
import { allDevices, deviceOf, hasDevice, type DeviceBook } from './device-book.js';

/**
 * The two short device lists the desk shows, kept by the reducers: thousands of devices change
 * many times a second, these lists only now and then, so a batch that changes neither keeps both
 * arrays (their subscribers stay quiet) and costs a check per changed device, not a scan of all.
 */
export type DeviceLists = {
  /** Devices under maintenance (raising nothing), by id, sorted. */
  outOfServiceDeviceIds: readonly string[];
  /** Devices the core knows that the site file does not place, by id, sorted. */
  unplacedDeviceIds: readonly string[];
};

type Placed = Readonly<Record<string, PlacedDevice>>;

export const NO_DEVICE_LISTS: DeviceLists = { outOfServiceDeviceIds: [], unplacedDeviceIds: [] };

const isOutOfService = (device: DeviceState | undefined): boolean =>
  device?.outOfService !== null && device?.outOfService !== undefined;

/** Both lists from scratch: after a snapshot, or a site change that places or unplaces devices. */
export function listDevices(devices: DeviceBook, placedById: Placed): DeviceLists {
  const all = [...allDevices(devices)].sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0));
  return {
    outOfServiceDeviceIds: all.filter(isOutOfService).map((device) => device.deviceId),
    unplacedDeviceIds: all.filter((device) => !(device.deviceId in placedById)).map((device) => device.deviceId),
  };
}

/**
 * The lists after a batch replaced the devices named in `changed` (`before` holds them as they
 * were); a list no change touched is the same array.
 */
export function withDeviceChanges(
  lists: DeviceLists,
  changed: Iterable<string>,
  before: DeviceBook,
  after: DeviceBook,
  placedById: Placed,
): DeviceLists {
  let { outOfServiceDeviceIds, unplacedDeviceIds } = lists;
  for (const id of changed) {
    const was = isOutOfService(deviceOf(before, id));
    const is = isOutOfService(deviceOf(after, id));
    if (was !== is)
      outOfServiceDeviceIds = is ? sortedWith(outOfServiceDeviceIds, id) : without(outOfServiceDeviceIds, id);
    if (!hasDevice(before, id) && !(id in placedById)) unplacedDeviceIds = sortedWith(unplacedDeviceIds, id);
  }
  return { outOfServiceDeviceIds, unplacedDeviceIds };
}

const sortedWith = (ids: readonly string[], id: string): readonly string[] =>
  ids.includes(id) ? ids : [...ids, id].sort();

const without = (ids: readonly string[], id: string): readonly string[] => ids.filter((other) => other !== id);
