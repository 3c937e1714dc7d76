import { divIcon } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Marker, Polyline, useMap, ZoomControl } from 'react-leaflet';
import type { Floor } from '../../shared/domain/site.js';
import { floorSegments, type WalkthroughPlan } from '../../shared/domain/walkthrough.js';
import { FloorPlan } from '../map/FloorPlan.js';
import { floorBounds, metresToLatLng } from '../map/geometry.js';
import { PlanMap } from '../map/PlanMap.js';

const stopIcon = (order: number) =>
  divIcon({ className: 'walk-stop', html: `<span>${order}</span>`, iconSize: [26, 26], iconAnchor: [13, 13] });
const startIcon = divIcon({
  className: 'walk-start',
  html: '<span>Start</span>',
  iconSize: [44, 20],
  iconAnchor: [22, 10],
});

/** MapContainer takes its view once; a new floor is fitted here. */
function FitFloor({ floor }: { floor: Floor }) {
  const map = useMap();
  useEffect(() => {
    map.fitBounds(floorBounds(floor), { padding: [16, 16], animate: false });
  }, [map, floor]);
  return null;
}

/** One floor's plan with the walk drawn on it: the route line, the start, and numbered stops. */
export function RouteMap({ plan, floor }: { plan: WalkthroughPlan; floor: Floor }) {
  const segments = useMemo(
    () =>
      floorSegments(plan, floor.id).map(([a, b]) => [metresToLatLng(floor, a.x, a.y), metresToLatLng(floor, b.x, b.y)]),
    [plan, floor],
  );
  return (
    <PlanMap className="walk-map">
      <FloorPlan floor={floor} />
      {/* The class is fixed at creation (Leaflet cannot restyle it), the colour and weight are not. */}
      <Polyline positions={segments} className="walk-route" pathOptions={{ color: '#ff5a4e', weight: 4 }} />
      {plan.start?.floorId === floor.id && (
        <Marker position={metresToLatLng(floor, plan.start.x, plan.start.y)} icon={startIcon} interactive={false} />
      )}
      {plan.stops.map((stop) =>
        stop.floorId === floor.id && stop.x !== null && stop.y !== null ? (
          <Marker
            key={stop.deviceId}
            position={metresToLatLng(floor, stop.x, stop.y)}
            icon={stopIcon(stop.order)}
            title={`${stop.order}. ${stop.name}`}
          />
        ) : null,
      )}
      <FitFloor floor={floor} />
      <ZoomControl position="bottomright" />
    </PlanMap>
  );
}
