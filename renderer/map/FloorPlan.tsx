import { useMemo } from 'react';
import { ImageOverlay } from 'react-leaflet';
import type { Floor } from '../../shared/domain/site.js';
import { floorBounds } from './geometry.js';

/** The core serves each floor's plan image from the site folder. */
export const planUrl = (floor: Pick<Floor, 'plan'>) => `/site/${floor.plan}`;

export function FloorPlan({ floor }: { floor: Floor }) {
  const bounds = useMemo(() => floorBounds(floor), [floor]);
  return <ImageOverlay url={planUrl(floor)} bounds={bounds} className="wf-floorplan" />;
}
