import { isOpen, type Alarm } from '../../shared/domain/alarm.js';
import type { DeviceState } from '../../shared/domain/device-state.js';
import type { Incident } from '../../shared/domain/incident.js';
import type { Notice } from '../../shared/domain/notice.js';
import type { LiveDelta } from '../../shared/live/delta.js';
import type { SiteSlice } from './site-slice.js';
import { siteUpdate } from './site-update.js';
import { withDevices } from './device-book.js';
import { listDevices, withDeviceChanges } from './device-lists.js';
import { indexOpenAlarms, withAlarmChanges, type AlarmChange } from './open-alarm-index.js';
import { withUrgentChanges } from './urgent-tally.js';
import { recordRaises } from '../alarms/flood-meter.js';
import { withRun } from '../patrols/tour-runs.js';
import { withHandover, withShift } from '../shifts/shift-picture.js';
import type { DeviceTouches } from './device-touches.js';
import type { WatchfloorState } from './state.js';
import { withToast, type Toast } from './toasts-slice.js';

/** Working copies for one batch; each is made at most once per call, on first write. */
type Drafts = {
  alarms: Map<number, Alarm> | null;
  alarmIdsByDevice: Map<string, readonly number[]> | null;
  incidents: Map<number, Incident> | null;
};

/**
 * Applies a frame's deltas in order. Each delta replaces one thing whole, and deltas at or below
 * the applied sequence are skipped, so replaying a delta changes nothing. Untouched entries keep
 * their identity, so components subscribed to them stay quiet.
 */
export function reduceDeltas(state: WatchfloorState, deltas: readonly LiveDelta[]): Partial<WatchfloorState> {
  const drafts: Drafts = { alarms: null, alarmIdsByDevice: null, incidents: null };
  // Written into the device book once, after the loop: it copies only the shards they fall in.
  const deviceStates: DeviceState[] = [];
  const raised: Alarm[] = [];
  const alarmChanges: AlarmChange[] = [];
  const changedDevices = new Set<string>();
  let { broker, ingest, seq, toasts, patrolRuns, openShifts, pendingHandovers } = state;
  let site: (SiteSlice & Pick<WatchfloorState, 'selectedFloorId'>) | null = null;

  for (const delta of deltas) {
    if (seq !== null && delta.seq <= seq) continue;
    seq = delta.seq;
    switch (delta.kind) {
      case 'device':
        deviceStates.push(delta.device);
        changedDevices.add(delta.device.deviceId);
        break;
      case 'alarm': {
        const alarms = (drafts.alarms ??= new Map(state.alarms));
        if (isOpen(delta.alarm) && !alarms.has(delta.alarm.id)) raised.push(delta.alarm);
        const before = alarms.get(delta.alarm.id);
        const after = isOpen(delta.alarm) ? delta.alarm : undefined;
        if (before || after) alarmChanges.push({ before, after });
        applyAlarm(alarms, (drafts.alarmIdsByDevice ??= new Map(state.alarmIdsByDevice)), delta.alarm);
        break;
      }
      case 'incident':
        applyIncident((drafts.incidents ??= new Map(state.incidents)), delta.incident);
        break;
      case 'notice':
        if (forThisSeat(delta.notice, state)) toasts = withToast(toasts, noticeToast(delta.seq, delta.notice));
        break;
      case 'broker':
        broker = delta.broker;
        break;
      case 'ingest':
        ingest = delta.ingest;
        break;
      case 'patrol':
        patrolRuns = withRun(patrolRuns, delta.run);
        break;
      case 'shift':
        openShifts = withShift(openShifts, delta.shift);
        break;
      case 'handover':
        pendingHandovers = withHandover(pendingHandovers, delta.handover);
        break;
      case 'site':
        site = siteUpdate(state.selectedFloorId, delta.site, delta.version);
        break;
    }
  }

  const alarms = drafts.alarms ?? state.alarms;
  const devices = withDevices(state.devices, deviceStates);
  // A new site may place devices elsewhere: the floor tallies and the unplaced list start afresh.
  const placedById = site?.placedById ?? state.placedById;
  const floorOf = (deviceId: string) => placedById[deviceId]?.floorId;
  const selectionGone = state.selectedAlarmId !== null && !alarms.has(state.selectedAlarmId);
  const openAlarmIndex = site
    ? indexOpenAlarms(alarms.values(), floorOf)
    : withAlarmChanges(state.openAlarmIndex, alarmChanges, floorOf, alarms);
  return {
    devices,
    alarms,
    alarmIdsByDevice: drafts.alarmIdsByDevice ?? state.alarmIdsByDevice,
    openAlarmIndex,
    urgentTally: withUrgentChanges(state.urgentTally, alarmChanges),
    deviceTouches: touches(state, devices, openAlarmIndex.byDevice, changedDevices, alarmChanges),
    ...(site
      ? listDevices(devices, placedById)
      : withDeviceChanges(state, changedDevices, state.devices, devices, placedById)),
    incidents: drafts.incidents ?? state.incidents,
    recentRaises: recordRaises(state.recentRaises, raised),
    broker,
    ingest,
    seq,
    toasts,
    patrolRuns,
    openShifts,
    pendingHandovers,
    ...site,
    ...(selectionGone ? { selectedAlarmId: null, selectedIncidentId: null, detailOpen: false } : {}),
  };
}

/** The batch's touched devices (their states and their open alarms); the last touches when it touched none. */
function touches(
  state: WatchfloorState,
  devices: DeviceTouches['devices'],
  alarms: DeviceTouches['alarms'],
  changedDevices: Set<string>,
  alarmChanges: readonly AlarmChange[],
): DeviceTouches {
  if (devices === state.devices && alarms === state.openAlarmIndex.byDevice) return state.deviceTouches;
  const ids = new Set(changedDevices);
  for (const { before, after } of alarmChanges) {
    if (before) ids.add(before.deviceId);
    if (after) ids.add(after.deviceId);
  }
  return { fromDevices: state.devices, fromAlarms: state.openAlarmIndex.byDevice, devices, alarms, ids };
}

function applyAlarm(alarms: Map<number, Alarm>, byDevice: Map<string, readonly number[]>, alarm: Alarm): void {
  const ids = byDevice.get(alarm.deviceId) ?? [];
  if (isOpen(alarm)) {
    alarms.set(alarm.id, alarm);
    if (!ids.includes(alarm.id)) byDevice.set(alarm.deviceId, [...ids, alarm.id]);
    return;
  }
  alarms.delete(alarm.id);
  const remaining = ids.filter((id) => id !== alarm.id);
  if (remaining.length > 0) byDevice.set(alarm.deviceId, remaining);
  else byDevice.delete(alarm.deviceId);
}

function applyIncident(incidents: Map<number, Incident>, incident: Incident): void {
  if (incident.closedAt === null) incidents.set(incident.id, incident);
  else incidents.delete(incident.id);
}

/** Escalations go to supervisors' seats; notices for everyone go everywhere. */
const forThisSeat = (notice: Notice, state: WatchfloorState): boolean =>
  notice.audience === 'all' || state.identity?.role === notice.audience;

const noticeToast = (seq: number, notice: Notice): Toast => ({
  id: `notice-${seq}`,
  kind: notice.kind,
  message: notice.message,
  alarmId: notice.alarmId,
  at: notice.at,
});
