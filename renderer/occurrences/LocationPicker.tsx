import { useEffect } from 'react';
import { CircleMarker, useMapEvents } from 'react-leaflet';
import type { Floor } from '../../shared/domain/site.js';
import { metresToLatLng } from '../map/geometry.js';
import { pickedLocation } from './occurrence-draft.js';
import {
  useOccurrenceDraft,
  usePickingLocation,
  usePlaceOccurrence,
  useSetMapOnScreen,
} from './occurrence-selectors.js';

/**
 * Inside the map: while a report is being placed, a click on the plan is its location. The report's
 * point is drawn while the report is open, so the guard sees what they picked.
 */
export function LocationPicker({ floor }: { floor: Floor }) {
  const picking = usePickingLocation();
  const draft = useOccurrenceDraft();
  const place = usePlaceOccurrence();
  const setMapOnScreen = useSetMapOnScreen();
  useEffect(() => {
    setMapOnScreen(true);
    return () => setMapOnScreen(false);
  }, [setMapOnScreen]);
  const map = useMapEvents({
    click(event) {
      if (!picking) return;
      const location = pickedLocation(floor, event.latlng.lat, event.latlng.lng);
      if (location) place(location);
    },
  });
  useEffect(() => {
    const container = map.getContainer();
    container.classList.toggle('occurrence-picking', picking);
    return () => container.classList.remove('occurrence-picking');
  }, [map, picking]);
  const location = draft?.location;
  if (!location || location.floorId !== floor.id) return null;
  return (
    <CircleMarker
      center={metresToLatLng(floor, location.x, location.y)}
      radius={9}
      pathOptions={{ color: '#ffb347', weight: 3, fillOpacity: 0.35 }}
      interactive={false}
    />
  );
}
