import type { CircleMarkerOptions } from 'leaflet';
import type { MarkerLook, MarkerState } from '../devices/marker-state.js';

/** From this many devices on a floor, markers are drawn on one canvas instead of one DOM element each. */
export const CANVAS_MARKERS_FROM = 1_000;

/** The theme's state colours (renderer/styles/theme.css), which a canvas cannot read from CSS. */
const RING: Record<MarkerState, string> = {
  alarm: '#ff8a8a',
  trouble: '#f0a834',
  offline: '#6f7c8c',
  ok: '#45b8a8',
  unknown: '#6f7c8c',
};
const FILL: Record<MarkerState, string> = {
  alarm: '#d92626',
  trouble: '#3a2907',
  offline: '#181e26',
  ok: '#12302d',
  unknown: '#181e26',
};
const FOCUS = '#6cb4ff';

/** A small disc per device: state in its colours, urgent alarms larger, the selected one ringed. */
export function canvasMarkerStyle(look: MarkerLook, selected: boolean): CircleMarkerOptions {
  return {
    radius: look.state === 'alarm' && look.priority !== null && look.priority <= 2 ? 7 : 5,
    color: selected ? FOCUS : RING[look.state],
    weight: selected ? 4 : 2,
    dashArray: look.state === 'unknown' || look.state === 'offline' ? '2 2' : undefined,
    fillColor: FILL[look.state],
    fillOpacity: 1,
    opacity: 1,
  };
}
