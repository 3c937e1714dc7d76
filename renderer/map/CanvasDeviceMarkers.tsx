import { canvas, circleMarker, type CircleMarker } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { Floor, PlacedDevice } from '../../shared/domain/site.js';
import { useSelectDevice } from '../store/selectors.js';
import { watchfloorStore } from '../store/store.js';
import { canvasMarkerStyle } from './canvas-marker-style.js';
import { DeviceDetails } from './DeviceDetails.js';
import { markerRestyler } from './canvas-restyle.js';
import { redrawNow } from './canvas-redraw.js';
import { drawDiscsAsSprites } from './disc-sprites.js';
import { metresToLatLng } from './geometry.js';
import { PacedRestyle } from './paced-restyle.js';
import { useTooltipKeptInPlace } from './tooltip-kept-in-place.js';

/**
 * A floor with thousands of devices, drawn on one canvas: a DOM marker each makes the browser
 * restyle and re-raster thousands of elements (seconds per frame without a GPU). Markers are made
 * once per floor and restyled outside React, only where a device's look or selection changed (`canvas-restyle.ts`),
 * ten times a second (`paced-restyle.ts`), each disc copied from a pre-drawn picture of its look (`disc-sprites.ts`).
 * The device a guard points at gets the same details as on a smaller floor, in one tooltip body
 * that moves from device to device.
 */
export function CanvasDeviceMarkers({ floor, devices }: { floor: Floor; devices: readonly PlacedDevice[] }) {
  const map = useMap();
  const selectDevice = useSelectDevice();
  // Only one tooltip is open at a time: its body is one element, the pointed-at device's details rendered into it.
  const [tooltipBody] = useState(() => document.createElement('div'));
  const [pointedAt, setPointedAt] = useState<{ deviceId: string; marker: CircleMarker } | null>(null);

  useEffect(() => {
    const renderer = canvas({ padding: 0.3 });
    drawDiscsAsSprites(renderer);
    const drawn = new Map<string, CircleMarker>();
    for (const device of devices) {
      const marker = circleMarker(metresToLatLng(floor, device.x, device.y), { renderer, bubblingMouseEvents: false });
      marker.bindTooltip(tooltipBody, { direction: 'top', className: 'wf-tooltip' });
      marker.on('click', () => selectDevice(device.id));
      marker.on('tooltipopen', () => setPointedAt({ deviceId: device.id, marker }));
      marker.on('tooltipclose', () => setPointedAt((now) => (now?.marker === marker ? null : now)));
      marker.addTo(map);
      drawn.set(device.id, marker);
    }
    // Leaflet's canvas gathers every setStyle of a frame into one redraw of the dirty area; the
    // looks are paced to CANVAS_RESTYLE_EVERY_MS, a selection change drawn at once (paced-restyle.ts).
    // Drawn in the pacing timer's own task, not in the animation frame that applies live updates.
    const paced = new PacedRestyle<string>(() => redrawNow(renderer));
    const restyle = markerRestyler(
      devices.map((device) => device.id),
      (deviceId, look, selected, selectionChanged) => {
        const marker = drawn.get(deviceId);
        if (!marker) return;
        const apply = () => {
          marker.setStyle(canvasMarkerStyle(look, selected));
          if (selected) marker.bringToFront();
        };
        if (selectionChanged) paced.now(deviceId, apply);
        else paced.later(deviceId, apply);
      },
    );
    restyle(watchfloorStore.getState());
    paced.flush();
    // For tests and the bench: how many devices this floor's canvas draws.
    map.getContainer().dataset.canvasMarkers = String(drawn.size);
    const unsubscribe = watchfloorStore.subscribe(restyle);
    return () => {
      unsubscribe();
      paced.stop();
      delete map.getContainer().dataset.canvasMarkers;
      for (const marker of drawn.values()) marker.remove();
      renderer.remove();
      setPointedAt(null);
    };
  }, [map, floor, devices, selectDevice, tooltipBody]);

  useTooltipKeptInPlace(pointedAt?.marker.getTooltip());

  return pointedAt ? createPortal(<DeviceDetails deviceId={pointedAt.deviceId} />, tooltipBody) : null;
}
