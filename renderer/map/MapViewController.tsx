import type { FitBoundsOptions } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Floor } from '../../shared/domain/site.js';
import { useMapFocus, usePlacedDevice } from '../store/selectors.js';
import { floorBounds, metresToLatLng } from './geometry.js';

/** How far past "whole floor" the map zooms in when taking a guard to one device. */
export const FOCUS_ZOOM_STEPS = 1;
/** Leaves the floor switcher's column clear, so no device hides under it when a floor is shown whole. */
const FIT_OPTIONS: FitBoundsOptions = { paddingTopLeft: [200, 28], paddingBottomRight: [28, 28], animate: false };

/**
 * MapContainer reads its view props once, at creation; every later move happens here through
 * useMap(). Both effects live in one component so that, when an alarm on another floor is
 * selected, the fit to the new floor runs first and the fly to the device second.
 */
export function MapViewController({ floor }: { floor: Floor }) {
  const map = useMap();
  const focus = useMapFocus();
  const target = usePlacedDevice(focus?.deviceId ?? '');

  useEffect(() => {
    const bounds = floorBounds(floor);
    map.fitBounds(bounds, FIT_OPTIONS);
    map.setMaxBounds(padBounds(bounds, floor));
  }, [map, floor]);

  useEffect(() => {
    if (!focus || !target || target.floorId !== floor.id) return;
    const zoom = map.getBoundsZoom(floorBounds(floor)) + FOCUS_ZOOM_STEPS;
    map.flyTo(metresToLatLng(floor, target.x, target.y), Math.max(map.getZoom(), zoom), { duration: 0.6 });
    // Only a new request (its nonce) moves the map: a guard panning away must not be pulled back.
  }, [map, focus?.nonce]);

  useEffect(() => {
    // The map shares the window with panels that resize; Leaflet only watches the window itself.
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  return null;
}

/** Room to pan half a plan beyond each edge, so edge devices can be centred but the plan cannot be lost. */
function padBounds(bounds: ReturnType<typeof floorBounds>, floor: Floor): ReturnType<typeof floorBounds> {
  const [[south, west], [north, east]] = bounds;
  return [
    [south - floor.heightM / 2, west - floor.widthM / 2],
    [north + floor.heightM / 2, east + floor.widthM / 2],
  ];
}
