import type { CameraStatus } from '../../shared/contract/payloads.js';
import type { DoorState } from '../../shared/domain/device-state.js';
import type { DeviceType } from '../../shared/domain/site.js';
import type { MarkerLook } from '../devices/marker-state.js';
import { deviceGlyph } from './device-glyphs.js';

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

export type MarkerIconInput = {
  deviceId: string;
  name: string;
  type: DeviceType;
  look: MarkerLook;
  selected: boolean;
};

const span = (className: string) => {
  const element = document.createElement('span');
  element.className = className;
  return element;
};

const setData = (element: HTMLElement, name: string, value: string | null) => {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
};

/**
 * One DOM marker (no image assets) whose classes and data attributes carry the device's state.
 * It is built once and then restyled in place: a look change touches only the attributes and
 * parts that differ, where re-creating the Leaflet icon would parse its HTML again, replace the
 * element and make the browser style and lay out a new subtree, for every change of every marker.
 */
export class MarkerDrawing {
  readonly element = document.createElement('div');
  private readonly disc = span('wf-marker__disc');
  private readonly priority = span('wf-marker__priority');
  private readonly tag = span('wf-marker__tag');
  private readonly label = span('wf-visually-hidden');
  private glyph: string | null = null;

  constructor() {
    this.element.append(this.disc, this.label);
  }

  draw({ deviceId, name, type, look, selected }: MarkerIconInput): void {
    const classes = ['wf-marker', `wf-marker--${look.state}`];
    if (look.pulse) classes.push('wf-marker--pulse');
    if (selected) classes.push('wf-marker--selected');
    const className = classes.join(' ');
    if (this.element.className !== className) this.element.className = className;
    setData(this.element, 'data-device-id', deviceId);
    setData(this.element, 'data-device-type', type);
    setData(this.element, 'data-state', look.state);
    setData(this.element, 'data-priority', look.priority === null ? null : String(look.priority));
    setData(this.element, 'data-door', look.door);
    setData(this.element, 'data-camera', look.camera);

    const glyph = deviceGlyph(type, look.door !== null && look.door !== 'closed');
    if (glyph !== this.glyph) this.disc.innerHTML = glyph;
    this.glyph = glyph;
    const tag = (look.door && DOOR_TAG[look.door]) ?? (look.camera && CAMERA_TAG[look.camera]) ?? null;
    this.showPart(this.tag, tag, this.label);
    this.showPart(
      this.priority,
      look.priority === null ? null : `P${look.priority}`,
      this.tag.parentNode ? this.tag : this.label,
    );
    const label = `${name}: ${look.state}`;
    if (this.label.textContent !== label) this.label.textContent = label;
  }

  /** Parts without text are left out of the element, so the marker's markup is the same as a fresh one's. */
  private showPart(part: HTMLElement, text: string | null, before: HTMLElement): void {
    if (text === null) return part.remove();
    if (part.textContent !== text) part.textContent = text;
    if (part.parentNode !== this.element) this.element.insertBefore(part, before);
  }
}
