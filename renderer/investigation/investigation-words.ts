import type { BadgeActivity, CameraAtMoment, Investigation, NearbyEvent } from '../../shared/domain/investigation.js';
import { ACCESS_EVENT_LABEL, CAMERA_STATUS_LABEL } from '../devices/device-words.js';
import { describeEvent } from '../detail/describe-event.js';

/** Events listed in the panel; the rest are counted, and the JSON export has them all. */
export const SHOWN_EVENTS = 60;

export const investigationUrl = (alarmId: number, radiusM: number, minutes: number): string =>
  `/api/investigations?alarm=${alarmId}&radiusM=${radiusM}&minutes=${minutes}`;

/** The core built it from the same shared type; only its shape is checked here. */
export function parseInvestigation(value: unknown): Investigation | null {
  if (typeof value !== 'object' || value === null) return null;
  return 'anchor' in value && 'events' in value && 'badges' in value && 'cameras' in value
    ? (value as Investigation) // checked above: the four lists the panel reads
    : null;
}

export function badgeLine(badge: BadgeActivity): string {
  const who = [badge.holder, badge.credential && `credential ${badge.credential}`, badge.method]
    .filter(Boolean)
    .join(', ');
  const why = badge.reason ? ` (${badge.reason})` : '';
  return `${badge.doorName}: ${ACCESS_EVENT_LABEL[badge.event]}${who ? ` · ${who}` : ''}${why}`;
}

export function cameraLine(camera: CameraAtMoment): string {
  const status = camera.status === 'no report' ? 'no health report before then' : CAMERA_STATUS_LABEL[camera.status];
  const online = camera.online === false ? ', offline' : '';
  return `${camera.name} (${camera.distanceM} m): ${status}${online}`;
}

export function eventLine(event: NearbyEvent, deviceName: (id: string) => string): string {
  const payload = typeof event.payload === 'object' && event.payload !== null ? { ...event.payload } : {};
  const what = describeEvent({
    id: event.eventId,
    channel: event.channel,
    receivedAt: event.receivedAt,
    deviceTs: null,
    payload,
  });
  return `${deviceName(event.deviceId)}: ${what}`;
}

export const ZONE_RULE_WORDS = {
  'outlines-touch': 'its zone and the zones whose outlines touch it',
  'same-floor': 'every zone of the floor (the zone has no outline)',
  'no-zone': 'every zone of the floor (no zone given)',
} as const;
