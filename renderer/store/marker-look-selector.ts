import type { Alarm } from '../../shared/domain/alarm.js';
import type { DeviceState } from '../../shared/domain/device-state.js';
import { describeMarker, type MarkerLook } from '../devices/marker-state.js';
import { deviceOf } from './device-book.js';
import { openAlarmsOfDevice } from './derive.js';
import type { WatchfloorState } from './state.js';

const sameLook = (a: MarkerLook, b: MarkerLook) =>
  a.state === b.state && a.pulse === b.pulse && a.priority === b.priority && a.door === b.door && a.camera === b.camera;

const sameAlarms = (a: readonly Alarm[], b: readonly Alarm[]) =>
  a === b || (a.length === b.length && a.every((alarm, i) => alarm === b[i]));

/**
 * A selector for one marker that hands back the very same look object until the look changes.
 * Every store write runs every marker's selector (thousands of them), so the common case, a
 * device nothing happened to, must cost two reference checks and allocate nothing.
 */
export function markerLookSelector(deviceId: string): (state: WatchfloorState) => MarkerLook {
  let lastDevice: DeviceState | undefined;
  let lastAlarms: readonly Alarm[] = [];
  let lastLook: MarkerLook | null = null;
  return (state) => {
    const device = deviceOf(state.devices, deviceId);
    const alarms = openAlarmsOfDevice(state, deviceId);
    if (lastLook && device === lastDevice && sameAlarms(alarms, lastAlarms)) return lastLook;
    const look = describeMarker(device, alarms);
    lastDevice = device;
    lastAlarms = alarms;
    if (!lastLook || !sameLook(look, lastLook)) lastLook = look;
    return lastLook;
  };
}
