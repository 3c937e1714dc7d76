import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Floor } from '../../shared/domain/site.js';
import { useDevicesOnFloor } from '../store/selectors.js';
import { CanvasDeviceMarkers } from './CanvasDeviceMarkers.js';
import { CANVAS_MARKERS_FROM } from './canvas-marker-style.js';
import { DeviceMarker } from './DeviceMarker.js';
import { startMarkerFlash } from './marker-flash.js';

/** The placed devices of one floor; the list only changes with a new site, so this rarely renders. */
export function DeviceMarkers({ floor }: { floor: Floor }) {
  const devices = useDevicesOnFloor(floor.id);
  if (devices.length >= CANVAS_MARKERS_FROM) return <CanvasDeviceMarkers floor={floor} devices={devices} />;
  return (
    <>
      <MarkerFlash />
      {devices.map((device) => (
        <DeviceMarker key={device.id} device={device} floor={floor} />
      ))}
    </>
  );
}

/** One flash clock for all the DOM markers of the map. */
function MarkerFlash() {
  const map = useMap();
  useEffect(() => startMarkerFlash(map.getPane('markerPane') ?? map.getContainer()), [map]);
  return null;
}
