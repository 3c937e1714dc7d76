import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import { CAMERA_STATUSES } from '../../../shared/contract/payloads.js';
import type { AlarmCondition, CameraTrouble, Priority } from '../../../shared/domain/alarm.js';

/** What one event says about one alarm condition of its device. */
export type ConditionObservation = {
  condition: AlarmCondition;
  active: boolean;
  /** Set by the device (alarm channel); otherwise the site's priority rules decide. */
  priority?: Priority | undefined;
  zone?: string | undefined;
  detail?: string | undefined;
};

const CAMERA_TROUBLES = CAMERA_STATUSES.filter((status): status is CameraTrouble => status !== 'ok');
const DOOR_ALARMS = ['door-forced', 'door-held-open'] as const satisfies AlarmCondition[];

const normal = (condition: AlarmCondition): ConditionObservation => ({ condition, active: false });
const active = (condition: AlarmCondition, detail?: string): ConditionObservation => ({
  condition,
  active: true,
  detail,
});

/** The alarm conditions an event raises or returns to normal; most events say nothing about any. */
export function observeConditions(event: DeviceEvent): ConditionObservation[] {
  switch (event.channel) {
    case 'alarm': {
      const { kind, state, zone, detail } = event.payload;
      return [{ condition: kind, active: state === 'active', priority: event.payload.priority, zone, detail }];
    }
    case 'camera': {
      const { status, detail } = event.payload;
      return CAMERA_TROUBLES.map((trouble) =>
        trouble === status ? active(`camera-${trouble}`, detail) : normal(`camera-${trouble}`),
      );
    }
    case 'status':
      return [event.payload.online ? normal('device-offline') : active('device-offline')];
    case 'access': {
      const { event: what, reason, holder } = event.payload;
      switch (what) {
        case 'door-forced':
        case 'door-held-open':
          return [active(what, reason)];
        case 'door-fault':
          return [active('door-fault', reason)];
        case 'door-closed':
          return [...DOOR_ALARMS.map(normal), normal('door-fault')];
        case 'door-opened':
          return [normal('door-fault')];
        case 'duress':
          return [active('access-duress', holder ? `badge of ${holder}` : reason)];
        case 'tamper':
          return [active('access-tamper', reason)];
        case 'granted':
        case 'denied':
          return [];
      }
      return [];
    }
    case 'checkpoint':
      return [];
  }
}

/** Conditions reported as single events with no "normal" counterpart: every report is an occurrence. */
export const MOMENTARY_CONDITIONS: ReadonlySet<AlarmCondition> = new Set([
  'access-duress',
  'access-tamper',
  'checkpoint-missed',
  'checkpoint-late',
]);
