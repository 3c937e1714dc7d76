import type { DeviceEvent } from '../../../../../shared/contract/device-event.js';
import type { Alarm, Disposition } from '../../../../../shared/domain/alarm.js';
import { emptyDeviceState, type DeviceState } from '../../../../../shared/domain/device-state.js';
import type { PlacedDevice, Site } from '../../../../../shared/domain/site.js';
import type { Store } from '../../../../../electron/core/store/store.js';
import { alarmRecord } from '../../../../support/alarm-record.js';
import { TOWER } from './random-site.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Tue 18 Nov 2025 12:00 UTC: "now" for every fixture. */
export const NOW = Date.parse('2025-11-18T12:00:00Z');

const device = (
  id: string,
  type: PlacedDevice['type'],
  floorId: string,
  x: number,
  heartbeatS?: number,
): PlacedDevice => ({
  id,
  name: `${type} ${id}`,
  type,
  floorId,
  x,
  y: 20,
  ...(heartbeatS === undefined ? {} : { heartbeatS }),
});

/** The tower with one of each kind of trouble, and one healthy device of each type beside it. */
export const TROUBLED_TOWER: Site = {
  ...TOWER,
  zones: [
    {
      id: 'security-office',
      name: 'Security office',
      floorId: 'f0',
      polygon: [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
    },
  ],
  devices: [
    device('cam-lossy', 'camera', 'f0', 10),
    device('cam-fine', 'camera', 'f0', 12),
    device('cam-old-trouble', 'camera', 'f1', 14),
    device('door-wedged', 'door', 'f1', 20),
    device('door-busy', 'door', 'f1', 22),
    device('door-broken', 'door', 'f2', 24),
    device('door-pried', 'door', 'f2', 26),
    device('door-mixed', 'door', 'f2', 28),
    device('pir-spider', 'motion-sensor', 'f0', 30),
    device('pir-honest', 'motion-sensor', 'f0', 32),
    device('pir-users', 'motion-sensor', 'f1', 34),
    device('panel-offline', 'intrusion-panel', 'f0', 40, 60),
    device('smoke-silent', 'smoke-detector', 'f1', 42, 120),
    device('smoke-fresh', 'smoke-detector', 'f1', 44, 120),
    device('smoke-never', 'smoke-detector', 'f2', 46, 120),
  ],
};

let serial = 0;
function event(store: Store, deviceId: string, at: number, message: Pick<DeviceEvent, 'channel' | 'payload'>): void {
  const full = {
    siteId: TROUBLED_TOWER.id,
    deviceId,
    eventId: `e${++serial}`,
    deviceTs: at,
    receivedAt: at,
    ...message,
  };
  store.events.append(full as DeviceEvent, JSON.stringify(full.payload)); // channel and payload come as a pair
}
const camera = (status: 'ok' | 'video-loss' | 'offline') => ({
  channel: 'camera' as const,
  payload: { id: 'x', ts: 0, status },
});
const access = (kind: 'door-held-open' | 'door-forced' | 'door-fault' | 'granted') => ({
  channel: 'access' as const,
  payload: { id: 'x', ts: 0, event: kind },
});

function resolved(id: number, deviceId: string, raisedAt: number, disposition: Disposition): Alarm {
  return alarmRecord({
    id,
    siteId: TROUBLED_TOWER.id,
    deviceId,
    condition: 'motion',
    raisedAt,
    state: 'resolved',
    resolvedAt: raisedAt + HOUR,
    disposition,
  });
}

const state = (deviceId: string, patch: Partial<DeviceState>): DeviceState => ({
  ...emptyDeviceState(TROUBLED_TOWER.id, deviceId),
  ...patch,
});

/** Writes a week of trouble through the store's own repositories. */
export function seedTrouble(store: Store): void {
  store.inTransaction(() => {
    for (const daysAgo of [1, 2, 3]) event(store, 'cam-lossy', NOW - daysAgo * DAY, camera('video-loss'));
    event(store, 'cam-lossy', NOW - 5 * HOUR, camera('offline'));
    event(store, 'cam-lossy', NOW - 4 * HOUR, camera('ok'));
    for (const daysAgo of [1, 2]) event(store, 'cam-fine', NOW - daysAgo * DAY, camera('ok'));
    event(store, 'cam-old-trouble', NOW - 10 * DAY, camera('video-loss'));

    for (const hours of [5, 6, 7]) event(store, 'door-wedged', NOW - hours * HOUR, access('door-held-open'));
    for (const hours of [5, 6]) event(store, 'door-busy', NOW - hours * HOUR, access('door-held-open'));
    for (const hours of [5, 6, 7, 8]) event(store, 'door-busy', NOW - hours * HOUR, access('granted'));
    event(store, 'door-broken', NOW - 2 * HOUR, access('door-fault'));
    for (const hours of [30, 50]) event(store, 'door-pried', NOW - hours * HOUR, access('door-forced'));
    event(store, 'door-mixed', NOW - 3 * HOUR, access('door-forced'));
    for (const hours of [4, 5]) event(store, 'door-mixed', NOW - hours * HOUR, access('door-held-open'));

    let id = 0;
    const alarm = (deviceId: string, daysAgo: number, disposition: Disposition) =>
      store.alarms.insert(resolved(++id, deviceId, NOW - daysAgo * DAY, disposition));
    alarm('pir-spider', 1, 'false-equipment');
    alarm('pir-spider', 2, 'false-equipment');
    alarm('pir-spider', 3, 'genuine-intruder');
    alarm('pir-spider', 9, 'false-equipment'); // before the window
    alarm('pir-honest', 1, 'genuine-intruder');
    alarm('pir-honest', 2, 'genuine-other');
    alarm('pir-honest', 3, 'false-equipment');
    alarm('pir-users', 1, 'false-user-error');
    alarm('pir-users', 2, 'false-user-error');

    const heard = NOW - HOUR / 2;
    for (const deviceId of TROUBLED_TOWER.devices
      .map((d) => d.id)
      .filter((d) => !d.startsWith('smoke') && !d.startsWith('panel')))
      store.devices.save(state(deviceId, { online: true, lastSeenAt: heard }));
    store.devices.save(state('panel-offline', { online: false, lastSeenAt: NOW - 3 * HOUR }));
    store.devices.save(state('smoke-silent', { online: true, lastSeenAt: NOW - 3 * HOUR - 12 * 60_000 }));
    store.devices.save(state('smoke-fresh', { online: true, lastSeenAt: NOW - 200_000 }));
    store.devices.save(state('mystery-7', { online: true, lastSeenAt: NOW - 2 * HOUR }));
  });
}
