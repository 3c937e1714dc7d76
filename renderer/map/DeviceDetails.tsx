import { CONDITION_LABEL } from '../alarms/alarm-words.js';
import {
  ACCESS_EVENT_LABEL,
  CAMERA_STATUS_LABEL,
  DEVICE_TYPE_LABEL,
  DOOR_STATE_LABEL,
} from '../devices/device-words.js';
import {
  useDeviceOpenAlarms,
  useDeviceState,
  useFloorLabel,
  usePlacedDevice,
  useZoneName,
} from '../store/selectors.js';
import { formatAgo, formatCount, formatSkew } from '../time/format.js';
import { useCoreNow } from '../time/use-core-now.js';

/** The site file's rule: a device silent for twice its heartbeat interval is stale. */
const isOverdue = (heartbeatS: number | undefined, lastSeenAt: number | null, now: number) =>
  heartbeatS !== undefined && lastSeenAt !== null && now - lastSeenAt > 2 * heartbeatS * 1000;

const onlineWords = (online: boolean | null) => (online === null ? 'Not reported' : online ? 'Online' : 'Offline');

/** What a guard wants to know about a device before deciding anything: is it alive, and what did it last say. */
export function DeviceDetails({ deviceId }: { deviceId: string }) {
  const placed = usePlacedDevice(deviceId);
  const device = useDeviceState(deviceId);
  const alarms = useDeviceOpenAlarms(deviceId);
  const zone = useZoneName(placed?.zone);
  const floor = useFloorLabel(placed?.floorId);
  const now = useCoreNow();
  const skew = device?.clockSkewMs == null ? null : formatSkew(device.clockSkewMs);
  const lastSeenAt = device?.lastSeenAt ?? null;
  const overdue = isOverdue(placed?.heartbeatS, lastSeenAt, now);
  const camera = device?.camera;
  const access = device?.lastAccess;

  return (
    <div className="device-details" data-device-id={deviceId}>
      <div className="device-details__name">{placed?.name ?? deviceId}</div>
      <div className="device-details__kind">
        {placed ? DEVICE_TYPE_LABEL[placed.type] : 'Unplaced device'}
        {floor ? ` · ${floor}` : ''}
        {zone ? ` · ${zone}` : ''}
      </div>
      <dl className="device-details__facts">
        <dt>Status</dt>
        <dd data-online={String(device?.online ?? 'unknown')}>{onlineWords(device?.online ?? null)}</dd>
        <dt>Last seen</dt>
        <dd className={overdue ? 'device-details__warn' : undefined}>
          {lastSeenAt === null ? 'Never' : formatAgo(lastSeenAt, now)}
          {overdue ? ' (overdue)' : ''}
        </dd>
        {device?.outOfService && (
          <>
            <dt>Service</dt>
            <dd className="device-details__warn">
              Out of service · {device.outOfService.reason} · {device.outOfService.by}
            </dd>
          </>
        )}
        {skew && (
          <>
            <dt>Device clock</dt>
            <dd className="device-details__warn">{skew}</dd>
          </>
        )}
        {device?.door && (
          <>
            <dt>Door</dt>
            <dd>
              {DOOR_STATE_LABEL[device.door.state]} · {formatAgo(device.door.since, now)}
            </dd>
          </>
        )}
        {access && (
          <>
            <dt>Last access</dt>
            <dd>
              {ACCESS_EVENT_LABEL[access.event]}
              {access.holder ? ` · ${access.holder}` : ''}
              {access.method ? ` (${access.method})` : ''} · {formatAgo(access.at, now)}
            </dd>
          </>
        )}
        {camera && (
          <>
            <dt>Camera</dt>
            <dd>
              {CAMERA_STATUS_LABEL[camera.status]}
              {camera.fps !== null ? ` · ${camera.fps} fps` : ''}
              {camera.bitrateKbps !== null ? ` · ${formatCount(camera.bitrateKbps)} kbps` : ''}
              {camera.storageFreePct !== null ? ` · ${camera.storageFreePct}% storage free` : ''}
            </dd>
          </>
        )}
        {device && device.activeInputs.length > 0 && (
          <>
            <dt>Active inputs</dt>
            <dd>{device.activeInputs.join(', ')}</dd>
          </>
        )}
        {alarms.length > 0 && (
          <>
            <dt>Open alarms</dt>
            <dd>
              {alarms.map((alarm) => (
                <div key={alarm.id}>
                  P{alarm.priority} {CONDITION_LABEL[alarm.condition]}
                </div>
              ))}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
