import type { Alarm } from '../../shared/domain/alarm.js';

/**
 * A freshly raised, untouched door-forced alarm with every field at its neutral value; a test
 * overrides what it is about. `transitions` follows `raisedAt` unless given.
 */
export function alarmRecord(overrides: Partial<Alarm> & Pick<Alarm, 'id'>): Alarm {
  const raisedAt = overrides.raisedAt ?? 1_000_000;
  return {
    siteId: 'demo',
    deviceId: 'door-g-dock',
    condition: 'door-forced',
    category: 'alarm',
    priority: 2,
    state: 'unacknowledged-active',
    version: 1,
    count: 1,
    raisedAt,
    lastOccurredAt: raisedAt,
    returnedAt: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    disposition: null,
    floorId: null,
    zone: null,
    detail: null,
    latched: false,
    resetAt: null,
    owner: null,
    shelved: null,
    incidentId: null,
    checklist: [],
    noteRequired: false,
    notes: 0,
    targets: { acknowledgeS: 60, resolveS: 1800 },
    escalatedAt: null,
    resolveEscalatedAt: null,
    transitions: [raisedAt],
    chattering: false,
    ...overrides,
  };
}
