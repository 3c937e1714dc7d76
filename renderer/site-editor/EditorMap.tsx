import { divIcon, type LeafletMouseEvent } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { CircleMarker, Marker, Polygon, Polyline, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import type { Floor, PlacedDevice } from '../../shared/domain/site.js';
import { placeDevice } from '../../shared/site-editing/device-edits.js';
import { closesZone, addZoneCorner } from '../../shared/site-editing/zone-edits.js';
import { FloorPlan } from '../map/FloorPlan.js';
import { floorBounds, metresToLatLng } from '../map/geometry.js';
import { editorStore, useEditor } from './editor-store.js';
import { DEVICE_DRAG_TYPE, droppedDevice } from './device-drag.js';
import { PlanMap } from '../map/PlanMap.js';

const deviceIcon = (device: PlacedDevice) =>
  divIcon({
    className: `site-editor__marker site-editor__marker--${device.type}`,
    // Ids are topic ids ([A-Za-z0-9._-]): safe inside an attribute.
    html: `<span data-testid="editor-device" data-device-id="${device.id}"></span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });

/** Plan metres (x right, y down from the top-left) of a map position. */
const toPlan = (floor: Floor, lat: number, lng: number): [number, number] => [lng, floor.heightM - lat];

function FitFloor({ floor }: { floor: Floor }) {
  const map = useMap();
  useEffect(() => {
    map.fitBounds(floorBounds(floor), { padding: [16, 16], animate: false });
  }, [map, floor]);
  return null;
}

/** Clicks do what the chosen tool says (see editor-store's EditorTool). */
function ClickTool({ floor }: { floor: Floor }) {
  useMapEvents({
    click: (event: LeafletMouseEvent) => {
      const [x, y] = toPlan(floor, event.latlng.lat, event.latlng.lng);
      const state = editorStore.getState();
      if (state.tool === 'place' && state.pending) {
        state.edit((site) => placeDevice(site, state.pending ?? { id: '', name: '', type: 'door' }, floor.id, x, y));
        state.setPending(null);
      } else if (state.tool === 'scale') {
        state.setPoints(state.points.length >= 2 ? [[x, y]] : [...state.points, [x, y]]);
      } else if (state.tool === 'zone') {
        const draft = { floorId: floor.id, points: state.points };
        if (closesZone(draft, x, y)) state.say({ kind: 'ok', text: 'Outline closed: name the zone and save it.' });
        else state.setPoints(addZoneCorner(draft, x, y).points);
      } else if (state.tool === 'connector') {
        state.setStops([...state.stops.filter((stop) => stop.floorId !== floor.id), { floorId: floor.id, x, y }]);
      }
    },
  });
  return null;
}

/** Devices dragged from the unplaced list or the form land where they are dropped. */
function DropTarget({ floor }: { floor: Floor }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes(DEVICE_DRAG_TYPE)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const device = droppedDevice(event.dataTransfer?.getData(DEVICE_DRAG_TYPE) ?? '');
      if (!device) return;
      event.preventDefault();
      const { lat, lng } = map.mouseEventToLatLng(event);
      const [x, y] = toPlan(floor, lat, lng);
      editorStore.getState().edit((site) => placeDevice(site, device, floor.id, x, y));
      editorStore.getState().say({ kind: 'ok', text: `${device.id} placed; save to keep it.` });
    };
    container.addEventListener('dragover', over);
    container.addEventListener('drop', drop);
    return () => {
      container.removeEventListener('dragover', over);
      container.removeEventListener('drop', drop);
    };
  }, [map, floor]);
  return null;
}

/** The floor being edited: its plan, devices (drag to move), zone outlines, connector stops, the tool's clicks. */
export function EditorMap({ floor }: { floor: Floor }) {
  const draft = useEditor((state) => state.draft);
  const points = useEditor((state) => state.points);
  const stops = useEditor((state) => state.stops);
  const tool = useEditor((state) => state.tool);
  const devices = useMemo(() => draft?.devices.filter((device) => device.floorId === floor.id) ?? [], [draft, floor]);
  const zones = useMemo(() => draft?.zones.filter((zone) => zone.floorId === floor.id) ?? [], [draft, floor]);
  const connectorStops = useMemo(
    () => (draft?.connectors ?? []).flatMap((c) => c.stops.filter((stop) => stop.floorId === floor.id)),
    [draft, floor],
  );
  const at = (x: number, y: number) => metresToLatLng(floor, x, y);
  const drawn = points.map(([x, y]) => at(x, y));

  return (
    <PlanMap className="site-editor__map" doubleClickZoom={false}>
      <FloorPlan floor={floor} />
      {zones.map((zone) =>
        zone.polygon ? (
          <Polygon key={zone.id} positions={zone.polygon.map(([x, y]) => at(x, y))} pathOptions={{ weight: 1 }} />
        ) : null,
      )}
      {connectorStops.map((stop, index) => (
        <CircleMarker key={index} center={at(stop.x, stop.y)} radius={7} pathOptions={{ color: '#8a5cf6' }} />
      ))}
      {stops
        .filter((stop) => stop.floorId === floor.id)
        .map((stop) => (
          <CircleMarker key="new-stop" center={at(stop.x, stop.y)} radius={9} pathOptions={{ color: '#f59e0b' }} />
        ))}
      {tool === 'zone' && drawn.length > 0 && <Polyline positions={drawn} pathOptions={{ dashArray: '4 4' }} />}
      {tool === 'scale' && drawn.length > 0 && <Polyline positions={drawn} pathOptions={{ color: '#f59e0b' }} />}
      {devices.map((device) => (
        <Marker
          key={device.id}
          position={at(device.x, device.y)}
          icon={deviceIcon(device)}
          title={`${device.name} (${device.id}): drag to move`}
          draggable
          eventHandlers={{
            dragend: (event) => {
              const { lat, lng } = (event.target as { getLatLng(): { lat: number; lng: number } }).getLatLng();
              const [x, y] = toPlan(floor, lat, lng);
              editorStore.getState().edit((site) => placeDevice(site, device, floor.id, x, y));
            },
          }}
        />
      ))}
      <ClickTool floor={floor} />
      <DropTarget floor={floor} />
      <FitFloor floor={floor} />
      <ZoomControl position="bottomright" />
    </PlanMap>
  );
}
