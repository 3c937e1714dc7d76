import { DEVICE_TYPES, type DeviceType } from '../../shared/domain/site.js';
import type { NewDevice } from '../../shared/site-editing/device-edits.js';
import { isSiteId } from '../../shared/site-editing/site-ids.js';

/** The drag data type of a device dragged onto the plan; other drags (files, text) are ignored. */
export const DEVICE_DRAG_TYPE = 'application/x-watchfloor-device';

export const deviceDragData = (device: NewDevice): string => JSON.stringify(device);

const isDeviceType = (value: unknown): value is DeviceType => DEVICE_TYPES.some((type) => type === value);

/** The device a drop carries, or null for anything that is not one of ours. */
export function droppedDevice(data: string): NewDevice | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, type } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !isSiteId(id) || !isDeviceType(type)) return null;
  return { id, name: typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 120) : id, type };
}
