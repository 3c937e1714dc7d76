import { CircleMarker } from 'react-leaflet';
import type { Floor } from '../../shared/domain/site.js';
import { metresToLatLng } from '../map/geometry.js';
import { usePatrolCheckpoints, useRunToShow, useShownTour } from './patrol-selectors.js';
import { checkpointLook } from './tour-runs.js';

/** Ring radius in CSS pixels: just outside a device marker, so a ring around a tag reader stays visible. */
const RING_RADIUS_PX = 22;

/**
 * The shown tour's checkpoints on this floor, as rings under the markers coloured by how the
 * current run stands: due next, waiting, scanned on time, late, out of order, missed.
 */
export function CheckpointRings({ floor }: { floor: Floor }) {
  const checkpoints = usePatrolCheckpoints();
  const tour = useShownTour();
  const run = useRunToShow(tour?.id ?? null);
  if (!tour) return null;
  const onTour = new Set(tour.checkpoints.map((stop) => stop.checkpoint));
  return (
    <>
      {checkpoints
        .filter((checkpoint) => checkpoint.floorId === floor.id && onTour.has(checkpoint.id))
        .map((checkpoint) => {
          const look = checkpointLook(run, checkpoint.id);
          return (
            <CircleMarker
              // The class is fixed at creation, so a new look makes a new ring.
              key={`${checkpoint.id}:${look}`}
              center={metresToLatLng(floor, checkpoint.x, checkpoint.y)}
              radius={RING_RADIUS_PX}
              interactive={false}
              className={`wf-checkpoint wf-checkpoint--${look} wf-checkpoint-id--${checkpoint.id}`}
            />
          );
        })}
    </>
  );
}
