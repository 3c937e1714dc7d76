import { canvas, circleMarker, type CircleMarker } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Floor, PlacedDevice } from '../../shared/domain/site.js';
import type { MarkerLook } from '../devices/marker-state.js';
import { markerLookSelector } from '../store/marker-look-selector.js';
import { useSelectDevice } from '../store/selectors.js';
import type { WatchfloorState } from '../store/state.js';
import { watchfloorStore } from '../store/store.js';
import { canvasMarkerStyle } from './canvas-marker-style.js';
import { metresToLatLng } from './geometry.js';

type Drawn = {
  marker: CircleMarker;
  look: (state: WatchfloorState) => MarkerLook;
  lastLook: MarkerLook | null;
  lastSelected: boolean;
};

/**
 * A floor with thousands of devices, drawn on one canvas: a DOM marker each makes the browser
 * restyle and re-raster thousands of elements (seconds per frame without a GPU). Markers are made
 * once per floor and restyled outside React, only where a device's look or selection changed.
 */
export function CanvasDeviceMarkers({ floor, devices }: { floor: Floor; devices: readonly PlacedDevice[] }) {
  const map = useMap();
  const selectDevice = useSelectDevice();

  useEffect(() => {
    const renderer = canvas({ padding: 0.3 });
    const drawn: Drawn[] = devices.map((device) => {
      const marker = circleMarker(metresToLatLng(floor, device.x, device.y), { renderer, bubblingMouseEvents: false });
      marker.bindTooltip(device.name, { direction: 'top', className: 'wf-tooltip' });
      marker.on('click', () => selectDevice(device.id));
      marker.addTo(map);
      return { marker, look: markerLookSelector(device.id), lastLook: null, lastSelected: false };
    });
    const restyle = (state: WatchfloorState) => {
      devices.forEach((device, n) => {
        const entry = drawn[n];
        if (!entry) return;
        const look = entry.look(state);
        const selected = state.selectedDeviceId === device.id;
        if (look === entry.lastLook && selected === entry.lastSelected) return;
        entry.lastLook = look;
        entry.lastSelected = selected;
        entry.marker.setStyle(canvasMarkerStyle(look, selected));
        if (selected) entry.marker.bringToFront();
      });
    };
    restyle(watchfloorStore.getState());
    // For tests and the bench: how many devices this floor's canvas draws.
    map.getContainer().dataset.canvasMarkers = String(drawn.length);
    const unsubscribe = watchfloorStore.subscribe(restyle);
    return () => {
      unsubscribe();
      delete map.getContainer().dataset.canvasMarkers;
      for (const entry of drawn) entry.marker.remove();
      renderer.remove();
    };
  }, [map, floor, devices, selectDevice]);

  return null;
}
