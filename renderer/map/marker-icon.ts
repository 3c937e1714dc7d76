import { divIcon, type DivIcon } from 'leaflet';
import type { CameraStatus } from '../../shared/contract/payloads.js';
import type { DoorState } from '../../shared/domain/device-state.js';
import type { DeviceType } from '../../shared/domain/site.js';
import type { MarkerLook } from '../devices/marker-state.js';
import { deviceGlyph } from './device-glyphs.js';

/** Marker diameter in CSS pixels; big enough to hit with a mouse and to read from the chair. */
export const MARKER_SIZE_PX = 32;

/** Short enough to sit under a marker; the tooltip has the full words. */
const DOOR_TAG: Record<DoorState, string | null> = {
  closed: null,
  open: 'OPEN',
  'held-open': 'HELD OPEN',
  forced: 'FORCED',
  fault: 'FAULT',
};
const CAMERA_TAG: Record<CameraStatus, string | null> = {
  ok: null,
  'video-loss': 'NO VIDEO',
  tamper: 'TAMPER',
  blurred: 'BLURRED',
  'recording-failed': 'NOT RECORDING',
  'storage-low': 'STORAGE LOW',
  offline: 'CAM OFFLINE',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export type MarkerIconInput = {
  deviceId: string;
  name: string;
  type: DeviceType;
  look: MarkerLook;
  selected: boolean;
};

/** A DOM marker (no image assets) whose classes and data attributes carry the device's state. */
export function markerIcon({ deviceId, name, type, look, selected }: MarkerIconInput): DivIcon {
  const tag = (look.door && DOOR_TAG[look.door]) ?? (look.camera && CAMERA_TAG[look.camera]) ?? null;
  const classes = ['wf-marker', `wf-marker--${look.state}`];
  if (look.pulse) classes.push('wf-marker--pulse');
  if (selected) classes.push('wf-marker--selected');
  const data = [
    `data-device-id="${escapeHtml(deviceId)}"`,
    `data-device-type="${type}"`,
    `data-state="${look.state}"`,
    look.priority === null ? '' : `data-priority="${look.priority}"`,
    look.door === null ? '' : `data-door="${look.door}"`,
    look.camera === null ? '' : `data-camera="${look.camera}"`,
  ].join(' ');
  const open = look.door !== null && look.door !== 'closed';
  const html =
    `<div class="${classes.join(' ')}" ${data}>` +
    `<span class="wf-marker__disc">${deviceGlyph(type, open)}</span>` +
    (look.priority !== null ? `<span class="wf-marker__priority">P${look.priority}</span>` : '') +
    (tag ? `<span class="wf-marker__tag">${tag}</span>` : '') +
    `<span class="wf-visually-hidden">${escapeHtml(name)}: ${look.state}</span>` +
    `</div>`;
  return divIcon({
    html,
    className: 'wf-marker-icon',
    iconSize: [MARKER_SIZE_PX, MARKER_SIZE_PX],
    iconAnchor: [MARKER_SIZE_PX / 2, MARKER_SIZE_PX / 2],
    tooltipAnchor: [0, -MARKER_SIZE_PX / 2],
  });
}
