import { useMemo } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { Floor, Site } from '../../shared/domain/site.js';
import { describeMarker } from '../devices/marker-state.js';
import { FloorPlan } from '../map/FloorPlan.js';
import { floorBounds, metresToLatLng } from '../map/geometry.js';
import { markerIcon } from '../map/marker-icon.js';
import type { ReplayFrame } from './replay-player.js';
import { PlanMap } from '../map/PlanMap.js';

/** The floor's devices as they were in `frame`: the desk's own marker looks, from the replayed states and alarms. */
export function ReplayMap({ site, floor, frame }: { site: Site; floor: Floor; frame: ReplayFrame }) {
  const alarmsByDevice = useMemo(() => {
    const byDevice = new Map<string, Alarm[]>();
    for (const alarm of frame.alarms.values())
      byDevice.set(alarm.deviceId, [...(byDevice.get(alarm.deviceId) ?? []), alarm]);
    return byDevice;
  }, [frame]);
  const devices = useMemo(() => site.devices.filter((device) => device.floorId === floor.id), [site, floor]);
  const bounds = useMemo(() => floorBounds(floor), [floor]);

  return (
    <PlanMap key={floor.id} className="review-map" bounds={bounds} zoomControl>
      <FloorPlan floor={floor} />
      {devices.map((device) => {
        const alarms = alarmsByDevice.get(device.id) ?? [];
        const look = describeMarker(frame.devices.get(device.id), alarms);
        return (
          <Marker
            key={device.id}
            position={metresToLatLng(floor, device.x, device.y)}
            icon={markerIcon({ deviceId: device.id, name: device.name, type: device.type, look, selected: false })}
          >
            <Tooltip>
              {device.name}
              {alarms.map((alarm) => ` · P${alarm.priority} ${alarm.condition} (${alarm.state})`).join('')}
            </Tooltip>
          </Marker>
        );
      })}
    </PlanMap>
  );
}
