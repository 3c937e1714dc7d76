import type { Alarm } from '../../../../../shared/domain/alarm.js';
import type { Site } from '../../../../../shared/domain/site.js';
import { alarmRecord } from '../../../../support/alarm-record.js';
import type { ReportActionRow, ShiftReportRows } from '../../../../../electron/core/reports/report-rows.js';

/** 2025-11-21 22:00 UTC, a night shift's start (London is on UTC in November). */
export const FROM = Date.UTC(2025, 10, 21, 22);
export const TO = FROM + 8 * 3_600_000;
export const MIN = 60_000;
export const S = 1000;

let nextId = 0;
export function alarm(overrides: Partial<Alarm> = {}): Alarm {
  return alarmRecord({
    id: ++nextId,
    raisedAt: FROM + 60 * MIN,
    floorId: 'g',
    zone: 'loading-dock',
    ...overrides,
  });
}

/** An alarm resolved `resolveAfter` ms after its raise with this disposition, acknowledged `ackAfter` ms after it. */
export function resolvedAlarm(
  raisedAt: number,
  ackAfter: number,
  resolveAfter: number,
  overrides: Partial<Alarm> = {},
): Alarm {
  return alarm({
    raisedAt,
    state: 'resolved',
    acknowledgedAt: raisedAt + ackAfter,
    acknowledgedBy: 'A. Osei',
    resolvedAt: raisedAt + resolveAfter,
    resolvedBy: 'A. Osei',
    disposition: 'genuine-other',
    ...overrides,
  });
}

let nextSeq = 0;
export function action(overrides: Partial<ReportActionRow> & Pick<ReportActionRow, 'action' | 'at'>): ReportActionRow {
  return {
    seq: ++nextSeq,
    operator: 'A. Osei',
    seat: 'desk-1',
    alarmId: null,
    deviceId: null,
    detail: {},
    ...overrides,
  };
}

export function rows(overrides: Partial<ShiftReportRows> = {}): ShiftReportRows {
  return {
    range: { from: FROM, to: TO },
    generatedAt: TO + 10 * MIN,
    alarms: [],
    alarmActions: new Map(),
    actions: [],
    raisesBefore: [],
    eventsStored: 0,
    ...overrides,
  };
}

export const SITE: Site = {
  formatVersion: 1,
  id: 'demo',
  name: 'Harbour Point Offices',
  timezone: 'Europe/London',
  buildings: [
    {
      id: 'hp',
      name: 'Harbour Point',
      floors: [{ id: 'g', name: 'Ground floor', level: 0, plan: 'floors/g.svg', widthM: 80, heightM: 50 }],
    },
  ],
  zones: [{ id: 'loading-dock', name: 'Loading dock', floorId: 'g' }],
  devices: [
    { id: 'door-g-dock', name: 'Loading dock door', type: 'door', floorId: 'g', x: 1, y: 1, zone: 'loading-dock' },
    { id: 'pir-g-dock', name: 'Motion, loading dock', type: 'motion-sensor', floorId: 'g', x: 2, y: 2 },
  ],
};
