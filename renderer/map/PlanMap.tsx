import { CRS } from 'leaflet';
import { MapContainer, type MapContainerProps } from 'react-leaflet';

/** Zoom is log2(pixels per metre) under CRS.Simple: −3 fits a campus, 7 shows a single room. */
const PLAN_MIN_ZOOM = -3;
const PLAN_MAX_ZOOM = 7;

/**
 * A Leaflet map of one floorplan in metres (CRS.Simple), as every plan view in the console uses:
 * the desk's map, the replay, the walkthrough route and the site editor. It opens at the origin
 * unless `bounds` is given; anything passed overrides these defaults.
 */
export function PlanMap({ children, ...props }: MapContainerProps) {
  const opening = props.bounds ? {} : { center: [0, 0] as [number, number], zoom: 0 };
  return (
    <MapContainer
      crs={CRS.Simple}
      {...opening}
      minZoom={PLAN_MIN_ZOOM}
      maxZoom={PLAN_MAX_ZOOM}
      zoomSnap={0.25}
      attributionControl={false}
      zoomControl={false}
      {...props}
    >
      {children}
    </MapContainer>
  );
}
