import type { Alarm } from '../../../shared/domain/alarm.js';
import { DEFAULT_ALARM_POLICY } from '../../../shared/domain/alarm-policy.js';
import type { Incident } from '../../../shared/domain/incident.js';
import { emptyDeviceState, type DeviceState } from '../../../shared/domain/device-state.js';
import type { Site } from '../../../shared/domain/site.js';
import type { LiveDelta } from '../../../shared/live/delta.js';
import type { Snapshot } from '../../../shared/live/snapshot.js';
import { alarmRecord } from '../../support/alarm-record.js';

export const SITE_ID = 'demo';

export function site(): Site {
  return {
    formatVersion: 1,
    id: SITE_ID,
    name: 'Demo HQ',
    timezone: 'Europe/London',
    buildings: [
      {
        id: 'hq',
        name: 'HQ',
        floors: [
          { id: 'ground', name: 'Ground', level: 0, plan: 'floors/ground.svg', widthM: 60, heightM: 40 },
          { id: 'first', name: 'First', level: 1, plan: 'floors/first.svg', widthM: 60, heightM: 40 },
        ],
      },
    ],
    zones: [{ id: 'lobby', name: 'Lobby', floorId: 'ground' }],
    devices: [
      { id: 'door-g-lobby', name: 'Lobby door', type: 'door', floorId: 'ground', x: 10, y: 5, zone: 'lobby' },
      { id: 'cam-g-1', name: 'Lobby camera', type: 'camera', floorId: 'ground', x: 20, y: 5 },
      { id: 'pir-1-1', name: 'Office motion', type: 'motion-sensor', floorId: 'first', x: 30, y: 20 },
    ],
  };
}

export function device(deviceId: string, patch: Partial<DeviceState> = {}): DeviceState {
  return { ...emptyDeviceState(SITE_ID, deviceId), ...patch };
}

export function alarm(id: number, patch: Partial<Alarm> = {}): Alarm {
  return alarmRecord({
    id,
    siteId: SITE_ID,
    deviceId: 'door-g-lobby',
    raisedAt: 1_000_000 + id,
    transitions: [],
    ...patch,
  });
}

export function incident(id: number, alarmIds: number[], patch: Partial<Incident> = {}): Incident {
  return {
    id,
    siteId: SITE_ID,
    floorId: 'ground',
    zone: null,
    openedAt: 1_000_000,
    lastAlarmAt: 1_000_000,
    alarmIds,
    closedAt: null,
    ...patch,
  };
}

export function snapshot(patch: Partial<Snapshot> = {}): Snapshot {
  return {
    epoch: 'run-1',
    seq: 10,
    serverTime: 2_000_000,
    site: site(),
    devices: [device('door-g-lobby', { online: true, lastSeenAt: 1_000 })],
    alarms: [],
    incidents: [],
    policy: DEFAULT_ALARM_POLICY,
    broker: { url: 'mqtt://127.0.0.1:1883', connected: true, since: 0, lastError: null },
    ingest: { received: 0, stored: 0, duplicates: 0, quarantined: 0, ignored: 0 },
    ...patch,
  };
}

export const deviceDelta = (seq: number, state: DeviceState): LiveDelta => ({ seq, kind: 'device', device: state });
export const alarmDelta = (seq: number, value: Alarm): LiveDelta => ({ seq, kind: 'alarm', alarm: value });
export const incidentDelta = (seq: number, value: Incident): LiveDelta => ({ seq, kind: 'incident', incident: value });
