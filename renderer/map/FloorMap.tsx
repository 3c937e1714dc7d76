import { ZoomControl } from 'react-leaflet';
import { CheckpointRings } from '../patrols/CheckpointRings.js';
import { PatrolPanel } from '../patrols/PatrolPanel.js';
import { LocationPicker } from '../occurrences/LocationPicker.js';
import { OccurrenceMapControls } from '../occurrences/OccurrenceMapControls.js';
import { useSelectedFloor } from '../store/selectors.js';
import { DeviceMarkers } from './DeviceMarkers.js';
import { FloorPlan } from './FloorPlan.js';
import { FloorSwitcher } from './FloorSwitcher.js';
import { MapViewController } from './MapViewController.js';
import { StaleBanner } from './StaleBanner.js';
import { UnplacedDevices } from './UnplacedDevices.js';
import { PlanMap } from './PlanMap.js';

/** The selected floor's plan with its devices; overlays sit outside the map so they never pan it. */
export function FloorMap() {
  const floor = useSelectedFloor();
  return (
    <section className="map-area" aria-label="Floor plan">
      {floor ? (
        <PlanMap className="map" zoomDelta={0.5} maxBoundsViscosity={0.8}>
          <FloorPlan floor={floor} />
          <CheckpointRings floor={floor} />
          <DeviceMarkers key={floor.id} floor={floor} />
          <MapViewController floor={floor} />
          <LocationPicker floor={floor} />
          <ZoomControl position="bottomright" />
        </PlanMap>
      ) : (
        <div className="map-empty">Waiting for the site plan from the console core…</div>
      )}
      <FloorSwitcher />
      <UnplacedDevices />
      <StaleBanner />
      <PatrolPanel />
      <OccurrenceMapControls />
    </section>
  );
}
