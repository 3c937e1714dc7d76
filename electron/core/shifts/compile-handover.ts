import type { ActionRecord } from '../../../shared/domain/action-record.js';
import type { Alarm } from '../../../shared/domain/alarm.js';
import type { DeviceState } from '../../../shared/domain/device-state.js';
import type { Incident } from '../../../shared/domain/incident.js';
import type { Handover, HandoverAlarm, NotableEvent } from '../../../shared/domain/shift.js';
import { compareForHandover, notableFromActions } from './notable-events.js';

/** A flood can leave thousands open; past these the handover says how many more, never drops them silently. */
export const HANDOVER_LIMITS = { openAlarms: 300, notable: 200 } as const;

export type HandoverNames = {
  /** "Dock shutter (Loading dock)". */
  place(alarm: Pick<Alarm, 'deviceId' | 'zone'>): string;
};

export type HandoverInputs = {
  at: number;
  /** Every open alarm now. */
  openAlarms: readonly Alarm[];
  /** Action-log rows logged during the shift. */
  actions: readonly ActionRecord[];
  /** Correlation incidents opened during the shift. */
  incidentsOpened: readonly Incident[];
  /** Devices out of service now. */
  outOfService: readonly DeviceState[];
};

export type HandoverLists = Pick<Handover, 'openAlarms' | 'openAlarmsNotListed' | 'notable' | 'notableNotListed'>;

/** What the outgoing guard leaves open, most urgent first (priority, then oldest). */
export function handoverAlarms(alarms: readonly Alarm[], at: number, names: HandoverNames): HandoverAlarm[] {
  return [...alarms]
    .filter((alarm) => alarm.state !== 'resolved')
    .sort((a, b) => a.priority - b.priority || a.raisedAt - b.raisedAt || a.id - b.id)
    .map((alarm) => ({
      alarmId: alarm.id,
      condition: alarm.condition,
      priority: alarm.priority,
      state: alarm.state,
      place: names.place(alarm),
      raisedAt: alarm.raisedAt,
      ageS: Math.max(0, Math.round((at - alarm.raisedAt) / 1000)),
      owner: alarm.owner?.operator ?? null,
      shelved: alarm.shelved !== null,
    }));
}

/** The handover's two lists, compiled from plain inputs: pure, so what a guard inherits is tested without a core. */
export function compileHandover(inputs: HandoverInputs, names: HandoverNames): HandoverLists {
  const alarms = handoverAlarms(inputs.openAlarms, inputs.at, names);
  const incidents: NotableEvent[] = inputs.incidentsOpened.map((incident) => ({
    kind: 'incident',
    at: incident.openedAt,
    text: `${incident.alarmIds.length} alarms grouped as incident ${incident.id}${incident.closedAt === null ? ', still open' : ', closed'}`,
    alarmId: null,
    deviceId: null,
    recordId: incident.id,
  }));
  const service: NotableEvent[] = inputs.outOfService.flatMap((device) =>
    device.outOfService
      ? [
          {
            kind: 'out-of-service',
            at: device.outOfService.since,
            text: `${names.place({ deviceId: device.deviceId, zone: null })} out of service (${device.outOfService.reason}), set by ${device.outOfService.by}`,
            alarmId: null,
            deviceId: device.deviceId,
            recordId: null,
          },
        ]
      : [],
  );
  const notable = [...notableFromActions(inputs.actions, names), ...incidents, ...service].sort(compareForHandover);
  return {
    openAlarms: alarms.slice(0, HANDOVER_LIMITS.openAlarms),
    openAlarmsNotListed: Math.max(0, alarms.length - HANDOVER_LIMITS.openAlarms),
    notable: notable.slice(0, HANDOVER_LIMITS.notable),
    notableNotListed: Math.max(0, notable.length - HANDOVER_LIMITS.notable),
  };
}
