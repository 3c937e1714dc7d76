import type { Alarm } from '../../shared/domain/alarm.js';
import { EMPTY_DEVICE_BOOK, type DeviceBook } from './device-book.js';
import type { WatchfloorState } from './state.js';

type AlarmsByDevice = ReadonlyMap<string, readonly Alarm[]>;

/**
 * The devices whose state or open alarms the last live batch changed, with the picture before
 * and after it. A subscriber that saw `from` can then look at only these devices instead of all
 * of them (thousands of canvas markers on every write).
 */
export type DeviceTouches = {
  fromDevices: DeviceBook;
  fromAlarms: AlarmsByDevice;
  devices: DeviceBook;
  alarms: AlarmsByDevice;
  ids: ReadonlySet<string>;
};

export const NO_DEVICE_TOUCHES: DeviceTouches = {
  fromDevices: EMPTY_DEVICE_BOOK,
  fromAlarms: new Map(),
  devices: EMPTY_DEVICE_BOOK,
  alarms: new Map(),
  ids: new Set(),
};

const NOTHING: ReadonlySet<string> = new Set();

/** What a subscriber last looked at: the device book and open alarms per device. */
export type SeenDevices = { devices: DeviceBook; alarms: AlarmsByDevice };

export const seenDevices = (state: WatchfloorState): SeenDevices => ({
  devices: state.devices,
  alarms: state.openAlarmIndex.byDevice,
});

/**
 * The devices that changed since `seen`: none if nothing did, the last batch's touches if they
 * start where `seen` ends, or null when the subscriber missed a step (a snapshot, a site change,
 * or several writes) and must look at every device.
 */
export function devicesTouchedSince(state: WatchfloorState, seen: SeenDevices): ReadonlySet<string> | null {
  const now = seenDevices(state);
  if (now.devices === seen.devices && now.alarms === seen.alarms) return NOTHING;
  const touches = state.deviceTouches;
  const linked =
    touches.fromDevices === seen.devices &&
    touches.fromAlarms === seen.alarms &&
    touches.devices === now.devices &&
    touches.alarms === now.alarms;
  return linked ? touches.ids : null;
}
