import type { Alarm } from '../../../shared/domain/alarm.js';
import type { InvestigationAnchor } from '../../../shared/domain/investigation.js';
import type { Occurrence } from '../../../shared/domain/occurrence.js';
import type { Site } from '../../../shared/domain/site.js';

/** An alarm is where its device is placed, when it was raised; an unplaced device cannot be investigated. */
export function alarmAnchor(alarm: Alarm, site: Site): InvestigationAnchor | string {
  const device = site.devices.find((placed) => placed.id === alarm.deviceId);
  if (!device) return `the device of alarm ${alarm.id} (${alarm.deviceId}) is not placed on a plan`;
  return {
    kind: 'alarm',
    id: alarm.id,
    at: alarm.raisedAt,
    floorId: device.floorId,
    x: device.x,
    y: device.y,
    zone: alarm.zone ?? device.zone ?? null,
    deviceId: device.id,
  };
}

/** An occurrence is the point the guard picked, when it happened. */
export function occurrenceAnchor(occurrence: Occurrence): InvestigationAnchor {
  const { floorId, x, y, zone } = occurrence.location;
  return {
    kind: 'occurrence',
    id: occurrence.id,
    at: occurrence.occurredAt,
    floorId,
    x,
    y,
    zone: zone ?? null,
    deviceId: null,
  };
}
