import { divIcon, type DivIcon } from 'leaflet';
import { MarkerDrawing, type MarkerIconInput } from './marker-drawing.js';

export type { MarkerIconInput } from './marker-drawing.js';

/** Marker diameter in CSS pixels; big enough to hit with a mouse and to read from the chair. */
export const MARKER_SIZE_PX = 32;

/**
 * A Leaflet icon around a marker drawing. Leaflet puts the drawing's own element into the icon
 * whenever it (re)creates it, so an icon made once shows whatever the drawing was last told.
 */
export function drawingIcon(drawing: MarkerDrawing): DivIcon {
  return divIcon({
    html: drawing.element,
    className: 'wf-marker-icon',
    iconSize: [MARKER_SIZE_PX, MARKER_SIZE_PX],
    iconAnchor: [MARKER_SIZE_PX / 2, MARKER_SIZE_PX / 2],
    tooltipAnchor: [0, -MARKER_SIZE_PX / 2],
  });
}

/** A DOM marker drawn once in this look, for maps that make a new icon per look (the replay). */
export function markerIcon(input: MarkerIconInput): DivIcon {
  const drawing = new MarkerDrawing();
  drawing.draw(input);
  return drawingIcon(drawing);
}
