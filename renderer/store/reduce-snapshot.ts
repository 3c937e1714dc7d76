import { isOpen, type Alarm } from '../../shared/domain/alarm.js';
import type { Incident } from '../../shared/domain/incident.js';
import type { Snapshot } from '../../shared/live/snapshot.js';
import { recordRaises } from '../alarms/flood-meter.js';
import { indexRuns } from '../patrols/tour-runs.js';
import type { Handover, Shift } from '../../shared/domain/shift.js';
import { withHandover, withShift } from '../shifts/shift-picture.js';
import { bookOf } from './device-book.js';
import { listDevices } from './device-lists.js';
import { indexOpenAlarms } from './open-alarm-index.js';
import { defaultFloorId, indexSite } from './site-index.js';
import type { WatchfloorState } from './state.js';
import { tallyUrgent } from './urgent-tally.js';

/** A snapshot replaces the whole live picture; only the guard's own selections survive it. */
export function reduceSnapshot(state: WatchfloorState, snapshot: Snapshot, now: number): Partial<WatchfloorState> {
  const siteIndex = indexSite(snapshot.site);
  const devices = bookOf(snapshot.devices);

  const alarms = new Map<number, Alarm>();
  const alarmIdsByDevice = new Map<string, number[]>();
  for (const alarm of snapshot.alarms) {
    if (!isOpen(alarm)) continue;
    alarms.set(alarm.id, alarm);
    alarmIdsByDevice.set(alarm.deviceId, [...(alarmIdsByDevice.get(alarm.deviceId) ?? []), alarm.id]);
  }
  const incidents = new Map<number, Incident>();
  // An older core sends no incidents or policy; the desk then works without grouping and SOPs.
  for (const incident of snapshot.incidents ?? []) if (incident.closedAt === null) incidents.set(incident.id, incident);

  const keepFloor = state.selectedFloorId !== null && state.selectedFloorId in siteIndex.floorById;
  const keepAlarm = state.selectedAlarmId !== null && alarms.has(state.selectedAlarmId);
  return {
    ...siteIndex,
    siteVersion: snapshot.siteVersion ?? null,
    devices,
    alarms,
    alarmIdsByDevice,
    openAlarmIndex: indexOpenAlarms(alarms.values(), (deviceId) => siteIndex.placedById[deviceId]?.floorId),
    urgentTally: tallyUrgent(alarms.values(), state.alarms, state.urgentTally),
    ...listDevices(devices, siteIndex.placedById),
    incidents,
    policy: snapshot.policy ?? null,
    recentRaises: recordRaises(state.recentRaises, [...alarms.values()]),
    broker: snapshot.broker,
    ingest: snapshot.ingest,
    // An older core sends no patrols: no checkpoints, no tours.
    patrolPlan: snapshot.patrols?.plan ?? null,
    patrolRuns: indexRuns(snapshot.patrols?.runs ?? []),
    // An older core sends no shifts or handovers.
    openShifts: (snapshot.shifts ?? []).reduce<readonly Shift[]>(withShift, []),
    pendingHandovers: (snapshot.handovers ?? []).reduce<readonly Handover[]>(withHandover, []),
    seq: snapshot.seq,
    clockOffsetMs: snapshot.serverTime - now,
    selectedFloorId: keepFloor ? state.selectedFloorId : defaultFloorId(siteIndex.floors),
    ...(keepAlarm ? {} : { selectedAlarmId: null, selectedIncidentId: null, detailOpen: false }),
  };
}
