import type { AccessEvent, CameraStatus } from '../../shared/contract/payloads.js';
import { ACCESS_EVENT_LABEL, CAMERA_STATUS_LABEL } from '../devices/device-words.js';
import type { EventRecord } from './device-event-record.js';

const word = (value: unknown): string => (typeof value === 'string' ? value : '');

const isAccessEvent = (value: unknown): value is AccessEvent =>
  typeof value === 'string' && Object.hasOwn(ACCESS_EVENT_LABEL, value);
const isCameraStatus = (value: unknown): value is CameraStatus =>
  typeof value === 'string' && Object.hasOwn(CAMERA_STATUS_LABEL, value);

/** A device event in one short line, as a guard would say it. */
export function describeEvent(event: EventRecord): string {
  const p = event.payload;
  switch (event.channel) {
    case 'access': {
      const what = isAccessEvent(p.event) ? ACCESS_EVENT_LABEL[p.event] : word(p.event);
      const who = word(p.holder) || word(p.credential);
      return who ? `${what} · ${who}` : what;
    }
    case 'alarm':
      return `${word(p.kind)} ${p.state === 'normal' ? 'back to normal' : 'active'}${p.zone ? ` · ${word(p.zone)}` : ''}`;
    case 'camera':
      return `Camera ${isCameraStatus(p.status) ? CAMERA_STATUS_LABEL[p.status].toLowerCase() : word(p.status)}`;
    case 'status':
      return p.online === true ? 'Online' : p.online === false ? 'Offline' : 'Status';
    case 'checkpoint':
      return `Patrol tag ${word(p.checkpoint)} scanned by ${word(p.guard)}`;
    default:
      return event.channel;
  }
}
