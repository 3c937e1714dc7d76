import { useMemo } from 'react';
import { ImageOverlay } from 'react-leaflet';
import type { Floor } from '../../shared/domain/site.js';
import { floorBounds } from './geometry.js';
import { usePlanImage } from './use-plan-image.js';

/** The core serves each floor's plan image from the site folder. */
export const planUrl = (floor: Pick<Floor, 'plan'>) => `/site/${floor.plan}`;

export function FloorPlan({ floor }: { floor: Floor }) {
  const bounds = useMemo(() => floorBounds(floor), [floor]);
  const url = usePlanImage(planUrl(floor));
  return url ? <ImageOverlay url={url} bounds={bounds} className="wf-floorplan" /> : null;
}
