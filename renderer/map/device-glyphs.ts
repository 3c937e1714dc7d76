import type { DeviceType } from '../../shared/domain/site.js';

/** 24×24 stroke icons drawn in currentColor, so a marker's state colours its glyph through CSS. */
const GLYPH_PATHS = {
  'intrusion-panel':
    '<rect x="5" y="3" width="14" height="18" rx="2"/><path d="M9 7h6M9 11h.01M12 11h.01M15 11h.01M9 14h.01M12 14h.01M15 14h.01M9 17h.01M12 17h.01M15 17h.01"/>',
  'motion-sensor':
    '<circle cx="12" cy="12" r="2"/><path d="M7.5 7.5a6.4 6.4 0 0 0 0 9M16.5 7.5a6.4 6.4 0 0 1 0 9M4.5 4.5a10.6 10.6 0 0 0 0 15M19.5 4.5a10.6 10.6 0 0 1 0 15"/>',
  'glass-break-sensor':
    '<rect x="4" y="4" width="16" height="16" rx="1"/><path d="M12 4l-2 6 4 3-2 7M10 10l-6 2M14 13l6-1"/>',
  'panic-button': '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5v6M12 16.5v.01"/>',
  'smoke-detector':
    '<path d="M12 3c.8 3.6 5 5.8 5 10.2a5 5 0 0 1-10 0c0-2.6 1.7-3.9 2.2-6 1.5 1 2.3 2.6 2.3 2.6S12.6 6.8 12 3z"/>',
  'environmental-sensor': '<path d="M10 4a2 2 0 0 1 4 0v9.5a4 4 0 1 1-4 0z"/><path d="M12 10v6"/>',
  door: '<path d="M6 21V3h12v18M4 21h16"/><path d="M14.5 12v.01"/>',
  camera: '<rect x="3" y="7" width="12.5" height="10" rx="1.5"/><path d="M15.5 11l5.5-3v8l-5.5-3z"/>',
  'tag-reader': '<path d="M3.5 12.5l8-8H20v8.5l-8 8z"/><circle cx="15.5" cy="8.5" r="1.4"/>',
} as const satisfies Record<DeviceType, string>;

/** A door standing open is drawn open, so the plan says it without the tooltip. */
const OPEN_DOOR_PATH = '<path d="M6 21V3h12v18M4 21h16" opacity=".45"/><path d="M6 3l7 2.5V21L6 19z"/>';

export function deviceGlyph(type: DeviceType, doorOpen: boolean): string {
  const paths = type === 'door' && doorOpen ? OPEN_DOOR_PATH : GLYPH_PATHS[type];
  return `<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;
}
