import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { Alarm, AlarmCondition } from '../../../shared/domain/alarm.js';
import { emptyDeviceState, type DeviceState } from '../../../shared/domain/device-state.js';
import type { Site } from '../../../shared/domain/site.js';
import type { LiveChange } from '../../../shared/live/delta.js';
import { observeConditions } from '../rules/alarm-conditions.js';
import { decideAlarmChanges } from '../rules/alarm-raising.js';
import { projectDevice } from '../rules/device-projection.js';
import type { Store } from '../store/store.js';

const deviceKey = (siteId: string, deviceId: string) => `${siteId}/${deviceId}`;
const alarmKey = (siteId: string, deviceId: string, condition: AlarmCondition) => `${siteId}/${deviceId}/${condition}`;

/**
 * What is happening now: every device's state and every open alarm, kept in memory for the
 * snapshot and persisted with the event that changed it (same transaction).
 */
export class Situation {
  private readonly devices = new Map<string, DeviceState>();
  private readonly openAlarms = new Map<string, Alarm>();
  /** Devices changed since the last save: a busy device is written once per batch, not per event. */
  private readonly unsaved = new Set<string>();
  private readonly zones: ReadonlyMap<string, string>;

  constructor(
    private readonly store: Store,
    site: Site | null,
  ) {
    this.zones = new Map(site?.devices.flatMap((device) => (device.zone ? [[device.id, device.zone]] : [])));
    this.reload();
  }

  deviceStates(): DeviceState[] {
    return [...this.devices.values()];
  }

  alarms(): Alarm[] {
    return [...this.openAlarms.values()];
  }

  /** Applies one newly stored event. Call inside the transaction that stored it. */
  record(event: DeviceEvent): LiveChange[] {
    const { siteId, deviceId, receivedAt } = event;
    const key = deviceKey(siteId, deviceId);
    const device = projectDevice(this.devices.get(key) ?? emptyDeviceState(siteId, deviceId), event);
    this.devices.set(key, device);
    this.unsaved.add(key);
    const changes: LiveChange[] = [{ kind: 'device', device }];

    const alarmChanges = decideAlarmChanges(observeConditions(event), {
      siteId,
      deviceId,
      at: receivedAt,
      zone: this.zones.get(deviceId) ?? null,
      openAlarm: (condition) => this.openAlarms.get(alarmKey(siteId, deviceId, condition)),
    });
    for (const change of alarmChanges) {
      const alarm = change.kind === 'raise' ? this.store.alarms.insert(change.alarm) : change.alarm;
      if (change.kind === 'update') this.store.alarms.update(alarm);
      const akey = alarmKey(siteId, deviceId, alarm.condition);
      if (alarm.state === 'resolved') this.openAlarms.delete(akey);
      else this.openAlarms.set(akey, alarm);
      changes.push({ kind: 'alarm', alarm });
    }
    return changes;
  }

  /** Writes the devices changed by this batch. Call inside the batch transaction, after the last record(). */
  saveChangedDevices(): void {
    for (const key of this.unsaved) {
      const device = this.devices.get(key);
      if (device) this.store.devices.save(device);
    }
    this.unsaved.clear();
  }

  /**
   * Loads what is committed; also how the in-memory changes of a rolled-back transaction are
   * forgotten. Rollbacks are rare (disk full, read-only database), so simplicity beats cleverness.
   */
  reload(): void {
    this.devices.clear();
    this.openAlarms.clear();
    this.unsaved.clear();
    for (const state of this.store.devices.loadAll()) this.devices.set(deviceKey(state.siteId, state.deviceId), state);
    for (const alarm of this.store.alarms.open())
      this.openAlarms.set(alarmKey(alarm.siteId, alarm.deviceId, alarm.condition), alarm);
  }
}
