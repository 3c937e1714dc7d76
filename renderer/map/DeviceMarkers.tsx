import type { Floor } from '../../shared/domain/site.js';
import { useDevicesOnFloor } from '../store/selectors.js';
import { DeviceMarker } from './DeviceMarker.js';

/** The placed devices of one floor; the list only changes with a new site, so this rarely renders. */
export function DeviceMarkers({ floor }: { floor: Floor }) {
  const devices = useDevicesOnFloor(floor.id);
  return (
    <>
      {devices.map((device) => (
        <DeviceMarker key={device.id} device={device} floor={floor} />
      ))}
    </>
  );
}
