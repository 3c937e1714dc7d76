import { memo, useEffect, useState } from 'react';
import { useDeviceState, useMarkerLook, useSelectedDeviceId, useUnplacedDeviceIds } from '../store/selectors.js';
import { formatAgo } from '../time/format.js';
import { useCoreNow } from '../time/use-core-now.js';

const UnplacedDevice = memo(function UnplacedDevice({ deviceId, selected }: { deviceId: string; selected: boolean }) {
  const look = useMarkerLook(deviceId);
  const device = useDeviceState(deviceId);
  const now = useCoreNow();
  return (
    <li
      className="unplaced__device"
      data-device-id={deviceId}
      data-state={look.state}
      aria-current={selected ? 'true' : undefined}
    >
      <span className={`state-dot state-dot--${look.state}`} aria-hidden="true" />
      <span className="unplaced__id" title={deviceId}>
        {deviceId}
      </span>
      <span className="unplaced__seen">
        {look.state === 'alarm' ? 'In alarm · ' : ''}
        {device?.lastSeenAt == null ? 'never seen' : formatAgo(device.lastSeenAt, now)}
      </span>
    </li>
  );
});

/**
 * Devices publishing under ids the site file does not place. They still raise alarms, so they
 * are listed here until a planner puts them on a floor; selecting one of their alarms opens the list.
 */
export function UnplacedDevices() {
  const deviceIds = useUnplacedDeviceIds();
  const selectedId = useSelectedDeviceId();
  const [open, setOpen] = useState(false);
  const selectedIsUnplaced = selectedId !== null && deviceIds.includes(selectedId);
  useEffect(() => {
    if (selectedIsUnplaced) setOpen(true);
  }, [selectedIsUnplaced, selectedId]);

  if (deviceIds.length === 0) return null;
  return (
    <details
      className="unplaced map-panel"
      data-testid="unplaced-devices"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Unplaced devices <span className="unplaced__count">{deviceIds.length}</span>
      </summary>
      <ul className="unplaced__list">
        {deviceIds.map((deviceId) => (
          <UnplacedDevice key={deviceId} deviceId={deviceId} selected={deviceId === selectedId} />
        ))}
      </ul>
    </details>
  );
}
