import { memo, useLayoutEffect, useMemo, useState } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import type { Floor, PlacedDevice } from '../../shared/domain/site.js';
import type { MarkerState } from '../devices/marker-state.js';
import { useIsDeviceSelected, useMarkerLook, useSelectDevice } from '../store/selectors.js';
import { DeviceDetails } from './DeviceDetails.js';
import { metresToLatLng } from './geometry.js';
import { MarkerDrawing } from './marker-drawing.js';
import { drawingIcon } from './marker-icon.js';

/** Urgent markers are drawn above calm ones where they overlap. */
const Z_OFFSET: Record<MarkerState, number> = { alarm: 10_000, trouble: 5_000, offline: 0, ok: 0, unknown: 0 };
const SELECTED_Z_OFFSET = 20_000;

type Props = { device: PlacedDevice; floor: Floor };

/**
 * One device on the plan. Memoised, and subscribed only to its own look and selection, so a
 * frame of deltas re-renders just the markers whose look changed; with thousands of markers every
 * store write runs each one's selectors, which is why there are only two and both are cheap.
 */
export const DeviceMarker = memo(function DeviceMarker({ device, floor }: Props) {
  const { id, name, type, x, y } = device;
  const look = useMarkerLook(id);
  const selected = useIsDeviceSelected(id);
  const selectDevice = useSelectDevice();
  // Details subscribe to the store only while a guard is looking at them.
  const [detailsOpen, setDetailsOpen] = useState(false);

  const position = useMemo(() => metresToLatLng(floor, x, y), [floor, x, y]);
  // One drawing and one icon for the marker's life: a new look restyles the drawing in place
  // (Leaflet's setIcon would rebuild the element), so a frame of alarms costs attribute changes.
  const [drawing] = useState(() => new MarkerDrawing());
  const icon = useMemo(() => drawingIcon(drawing), [drawing]);
  // `look` is a stable object that changes identity only when the look changes. A layout effect,
  // so the marker is drawn in the same commit as everything else the delta changed.
  useLayoutEffect(
    () => drawing.draw({ deviceId: id, name, type, look, selected }),
    [drawing, id, name, type, look, selected],
  );
  const eventHandlers = useMemo(
    () => ({
      click: () => selectDevice(id),
      tooltipopen: () => setDetailsOpen(true),
      tooltipclose: () => setDetailsOpen(false),
    }),
    [id, selectDevice],
  );

  return (
    <Marker
      position={position}
      icon={icon}
      eventHandlers={eventHandlers}
      zIndexOffset={selected ? SELECTED_Z_OFFSET : Z_OFFSET[look.state]}
    >
      <Tooltip direction="top" offset={[0, -6]} className="wf-tooltip">
        {detailsOpen ? <DeviceDetails deviceId={id} /> : null}
      </Tooltip>
    </Marker>
  );
});
