import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import type { Alarm, AlarmCondition } from '../../../shared/domain/alarm.js';
import { emptyDeviceState, type DeviceState } from '../../../shared/domain/device-state.js';
import type { Incident } from '../../../shared/domain/incident.js';
import { EMPTY_PATROL_PLAN, type PatrolPlan } from '../../../shared/domain/patrol.js';
import type { Site } from '../../../shared/domain/site.js';
import type { LiveChange } from '../../../shared/live/delta.js';
import { patrolScan } from '../patrols/patrol-hooks.js';
import { PatrolTracker } from '../patrols/patrol-tracker.js';
import { observeConditions, type ConditionObservation } from '../rules/alarm-conditions.js';
import { decideAlarmChanges } from '../rules/alarm-raising.js';
import { correlate } from '../rules/correlation.js';
import { projectDevice } from '../rules/device-projection.js';
import type { Store } from '../store/store.js';

const deviceKey = (siteId: string, deviceId: string) => `${siteId}/${deviceId}`;
// A drill's alarms are keyed apart, so drill traffic never folds into a real alarm nor the reverse.
const alarmKey = (siteId: string, deviceId: string, condition: AlarmCondition, drill?: number) =>
  `${siteId}/${deviceId}/${condition}${drill === undefined ? '' : `/drill-${drill}`}`;

export const SYSTEM = { operator: 'system', seat: 'core' } as const;

/**
 * What is happening now: every device's state, every open alarm and incident, kept in memory for
 * the snapshot and persisted in the same transaction as whatever changed them.
 */
export class Situation {
  private readonly devices = new Map<string, DeviceState>();
  private readonly openAlarms = new Map<string, Alarm>();
  private readonly alarmsById = new Map<number, Alarm>();
  private readonly incidents = new Map<number, Incident>();
  /** Devices changed since the last save: a busy device is written once per batch, not per event. */
  private readonly unsaved = new Set<string>();
  private placement: ReadonlyMap<string, { zone: string | null; floorId: string; name: string }> = new Map();
  private zoneNames: ReadonlyMap<string, string> = new Map();
  readonly timezone: string;
  readonly siteId: string;
  /** Patrol tours being walked (docs/patrols.md). */
  readonly patrols: PatrolTracker;

  constructor(
    readonly store: Store,
    public site: Site | null,
    readonly policy: AlarmPolicy,
    patrolPlan: PatrolPlan = EMPTY_PATROL_PLAN,
  ) {
    this.useSite(site);
    this.timezone = site?.timezone ?? 'UTC';
    this.siteId = site?.id ?? 'unknown';
    this.patrols = new PatrolTracker(store.db, this.siteId, this.timezone, patrolPlan);
    this.reload();
  }

  /**
   * Takes a newly saved version of the site (docs/site-editor.md): alarms raised from now on get
   * its zones and floors; open alarms keep where they were raised. The site id never changes here.
   */
  useSite(site: Site | null): void {
    this.site = site;
    this.placement = new Map(
      site?.devices.map((device) => [
        device.id,
        { zone: device.zone ?? null, floorId: device.floorId, name: device.name },
      ]),
    );
    this.zoneNames = new Map(site?.zones.map((zone) => [zone.id, zone.name]));
  }

  deviceStates(): DeviceState[] {
    return [...this.devices.values()];
  }
  device(siteId: string, deviceId: string): DeviceState | undefined {
    return this.devices.get(deviceKey(siteId, deviceId));
  }
  /** "Dock shutter (Loading dock)": how a guard or supervisor knows the place, not the device id. */
  describePlace(alarm: Pick<Alarm, 'deviceId' | 'zone'>): string {
    const name = this.placement.get(alarm.deviceId)?.name ?? alarm.deviceId;
    const zone = alarm.zone ? (this.zoneNames.get(alarm.zone) ?? alarm.zone) : null;
    return zone ? `${name} (${zone})` : name;
  }

  /** A placed device that has not said anything yet. */
  knownDevice(deviceId: string): DeviceState | undefined {
    return this.placement.has(deviceId) ? emptyDeviceState(this.siteId, deviceId) : undefined;
  }
  alarms(): Alarm[] {
    return [...this.alarmsById.values()];
  }
  alarm(id: number): Alarm | undefined {
    return this.alarmsById.get(id);
  }
  openIncidents(): Incident[] {
    return [...this.incidents.values()];
  }
  incident(id: number): Incident | undefined {
    return this.incidents.get(id);
  }

  /** Stores a changed alarm and keeps the open set and its incident current. Inside a transaction. */
  putAlarm(alarm: Alarm): LiveChange[] {
    this.store.alarms.update(alarm);
    const key = alarmKey(alarm.siteId, alarm.deviceId, alarm.condition, alarm.drill);
    const changes: LiveChange[] = [{ kind: 'alarm', alarm }];
    if (alarm.state === 'resolved') {
      this.openAlarms.delete(key);
      this.alarmsById.delete(alarm.id);
      changes.push(...this.closeIncidentIfDone(alarm.incidentId, alarm.resolvedAt ?? Date.now()));
    } else {
      this.openAlarms.set(key, alarm);
      this.alarmsById.set(alarm.id, alarm);
    }
    return changes;
  }

  putDevice(device: DeviceState): LiveChange {
    const key = deviceKey(device.siteId, device.deviceId);
    this.devices.set(key, device);
    this.unsaved.add(key);
    return { kind: 'device', device };
  }

  private closeIncidentIfDone(incidentId: number | null, at: number): LiveChange[] {
    const incident = incidentId === null ? undefined : this.incidents.get(incidentId);
    if (!incident || incident.alarmIds.some((id) => this.alarmsById.has(id))) return [];
    const closed = { ...incident, closedAt: at };
    this.store.incidents.update(closed);
    this.incidents.delete(closed.id);
    return [{ kind: 'incident', incident: closed }];
  }

  private putIncident(incident: Incident): LiveChange {
    this.store.incidents.update(incident);
    this.incidents.set(incident.id, incident);
    return { kind: 'incident', incident };
  }

  /** Groups a newly raised alarm with others on its floor or zone, per the site's correlation policy. */
  private correlateNew(alarm: Alarm): LiveChange[] {
    // Drill alarms correlate only with alarms of the same drill, real ones only with real ones.
    const sameDrill = (other: Alarm | undefined) => other === undefined || other.drill === alarm.drill;
    const incidents = [...this.incidents.values()].filter((incident) =>
      incident.alarmIds.every((id) => sameDrill(this.alarmsById.get(id))),
    );
    const alarms = [...this.alarmsById.values()].filter(sameDrill);
    const verdict = correlate(alarm, incidents, alarms, this.policy.correlation);
    if (verdict.kind === 'none') return [];
    const incident = verdict.kind === 'join' ? verdict.incident : this.store.incidents.insert(verdict.incident);
    const members =
      verdict.kind === 'open' ? [this.alarmsById.get(verdict.withAlarm.id) ?? verdict.withAlarm, alarm] : [alarm];
    return [
      this.putIncident(incident),
      ...members.flatMap((member) =>
        this.putAlarm({ ...member, incidentId: incident.id, version: member.version + 1 }),
      ),
    ];
  }

  /** Applies one newly stored event. Call inside the transaction that stored it. */
  record(event: DeviceEvent): LiveChange[] {
    const { siteId, deviceId, receivedAt } = event;
    const { drill } = event.payload;
    // Drill traffic raises drill alarms only: the real device's state and patrols are not the drill's.
    if (drill !== undefined)
      return this.raiseObserved(siteId, deviceId, receivedAt, observeConditions(event), {
        detail: { eventId: event.eventId, drill },
        drill,
      });
    const before = this.devices.get(deviceKey(siteId, deviceId)) ?? emptyDeviceState(siteId, deviceId);
    const device = projectDevice(before, event);
    const changes: LiveChange[] = [this.putDevice(device)];
    changes.push(
      ...this.raiseObserved(siteId, deviceId, receivedAt, observeConditions(event), {
        detail: { eventId: event.eventId },
      }),
    );
    changes.push(...patrolScan(this, event));
    return changes;
  }

  /**
   * What observations about one device (or a patrol checkpoint, which may have a floor of its own)
   * do to its alarms: raised ones are logged and correlated. Inside a transaction.
   */
  raiseObserved(
    siteId: string,
    deviceId: string,
    at: number,
    observations: readonly ConditionObservation[],
    source: { floorId?: string | null; detail: Record<string, unknown>; drill?: number },
  ): LiveChange[] {
    const changes: LiveChange[] = [];
    const placed = this.placement.get(deviceId);
    const alarmChanges = decideAlarmChanges(observations, {
      siteId,
      deviceId,
      at,
      zone: placed?.zone ?? null,
      floorId: source.floorId ?? placed?.floorId ?? null,
      timezone: this.timezone,
      policy: this.policy,
      outOfService: (this.devices.get(deviceKey(siteId, deviceId))?.outOfService ?? null) !== null,
      openAlarm: (condition) => this.openAlarms.get(alarmKey(siteId, deviceId, condition, source.drill)),
      drill: source.drill,
    });
    for (const change of alarmChanges) {
      if (change.kind === 'update') {
        changes.push(...this.putAlarm(change.alarm));
        continue;
      }
      const alarm = this.store.alarms.insert(change.alarm);
      changes.push(...this.putAlarm(alarm));
      this.store.actions.append({
        ...SYSTEM,
        at,
        action: 'raise',
        alarmId: alarm.id,
        incidentId: null,
        deviceId,
        detail: { condition: alarm.condition, priority: alarm.priority, ...source.detail },
      });
      changes.push(...this.correlateNew(alarm));
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
    this.alarmsById.clear();
    this.incidents.clear();
    this.unsaved.clear();
    for (const state of this.store.devices.loadAll()) {
      this.devices.set(deviceKey(state.siteId, state.deviceId), { ...state, outOfService: state.outOfService ?? null });
    }
    for (const alarm of this.store.alarms.open()) {
      this.openAlarms.set(alarmKey(alarm.siteId, alarm.deviceId, alarm.condition, alarm.drill), alarm);
      this.alarmsById.set(alarm.id, alarm);
    }
    for (const incident of this.store.incidents.open()) this.incidents.set(incident.id, incident);
    this.patrols.reload();
  }
}
