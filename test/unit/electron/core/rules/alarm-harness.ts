import type { DeviceEvent } from '../../../../../shared/contract/device-event.js';
import { DEFAULT_ALARM_POLICY, type AlarmPolicy } from '../../../../../shared/domain/alarm-policy.js';
import type { Alarm } from '../../../../../shared/domain/alarm.js';
import { observeConditions } from '../../../../../electron/core/rules/alarm-conditions.js';
import { decideAlarmChanges } from '../../../../../electron/core/rules/alarm-raising.js';

/**
 * The raising rules over an in-memory table of alarms, as the core runs them over SQLite: what a
 * sequence of events leaves behind, with no broker or database.
 */
export class AlarmTable {
  readonly all: Alarm[] = [];

  constructor(
    private readonly policy: AlarmPolicy = DEFAULT_ALARM_POLICY,
    private readonly options: { zone?: string; floorId?: string; outOfService?: (deviceId: string) => boolean } = {},
  ) {}

  open(deviceId: string, condition: Alarm['condition']): Alarm | undefined {
    return this.all.find((a) => a.deviceId === deviceId && a.condition === condition && a.state !== 'resolved');
  }

  feed(...events: DeviceEvent[]): this {
    for (const event of events) {
      const changes = decideAlarmChanges(observeConditions(event), {
        siteId: event.siteId,
        deviceId: event.deviceId,
        at: event.receivedAt,
        zone: this.options.zone ?? 'loading-dock',
        floorId: this.options.floorId ?? 'g',
        timezone: 'Europe/London',
        policy: this.policy,
        outOfService: this.options.outOfService?.(event.deviceId) ?? false,
        openAlarm: (condition) => this.open(event.deviceId, condition),
      });
      for (const change of changes)
        this.put(change.kind === 'raise' ? { ...change.alarm, id: this.all.length + 1 } : change.alarm);
    }
    return this;
  }

  put(alarm: Alarm): void {
    if (alarm.id <= this.all.length) this.all[alarm.id - 1] = alarm;
    else this.all.push(alarm);
  }
}

export function run(events: DeviceEvent[], policy?: AlarmPolicy): Alarm[] {
  return new AlarmTable(policy).feed(...events).all;
}
