import { isOpen, type Alarm } from '../../shared/domain/alarm.js';
import type { DeviceState } from '../../shared/domain/device-state.js';
import type { LiveDelta } from '../../shared/live/delta.js';
import type { WatchfloorState } from './state.js';

/** Working copies for one batch; each is made at most once per call, on first write. */
type Drafts = {
  devices: Record<string, DeviceState> | null;
  alarms: Map<number, Alarm> | null;
  alarmIdsByDevice: Map<string, readonly number[]> | null;
};

/**
 * Applies a frame's deltas in order. Each delta replaces one thing whole, and deltas at or below
 * the applied sequence are skipped, so replaying a delta changes nothing. Untouched entries keep
 * their identity, so components subscribed to them stay quiet.
 */
export function reduceDeltas(state: WatchfloorState, deltas: readonly LiveDelta[]): Partial<WatchfloorState> {
  const drafts: Drafts = { devices: null, alarms: null, alarmIdsByDevice: null };
  let { broker, ingest, seq } = state;

  for (const delta of deltas) {
    if (seq !== null && delta.seq <= seq) continue;
    seq = delta.seq;
    switch (delta.kind) {
      case 'device':
        drafts.devices ??= { ...state.devices };
        drafts.devices[delta.device.deviceId] = delta.device;
        break;
      case 'alarm':
        applyAlarm(
          (drafts.alarms ??= new Map(state.alarms)),
          (drafts.alarmIdsByDevice ??= new Map(state.alarmIdsByDevice)),
          delta.alarm,
        );
        break;
      case 'broker':
        broker = delta.broker;
        break;
      case 'ingest':
        ingest = delta.ingest;
        break;
    }
  }

  const alarms = drafts.alarms ?? state.alarms;
  const selectionGone = state.selectedAlarmId !== null && !alarms.has(state.selectedAlarmId);
  return {
    devices: drafts.devices ?? state.devices,
    alarms,
    alarmIdsByDevice: drafts.alarmIdsByDevice ?? state.alarmIdsByDevice,
    broker,
    ingest,
    seq,
    ...(selectionGone ? { selectedAlarmId: null } : {}),
  };
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
