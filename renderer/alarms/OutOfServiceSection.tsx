import { memo } from 'react';
import { useOpenDialog, useOutOfServiceDeviceIds } from '../store/desk-selectors.js';
import { useDeviceState, usePlacedDevice } from '../store/selectors.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { useCoreNow } from '../time/use-core-now.js';

const OutOfServiceDevice = memo(function OutOfServiceDevice({ deviceId }: { deviceId: string }) {
  const device = useDeviceState(deviceId);
  const placed = usePlacedDevice(deviceId);
  const openDialog = useOpenDialog();
  const siteTime = useSiteTimeFormat(false);
  const now = useCoreNow();
  const service = device?.outOfService;
  if (!service) return null;
  return (
    <li className="oos-device" data-device-id={deviceId} data-out-of-service="true">
      <div className="oos-device__body">
        <div className="oos-device__name">{placed?.name ?? deviceId}</div>
        <div className="oos-device__why">
          {service.reason} · {service.by} ·{' '}
          {service.until === null ? 'until returned' : `until ${siteTime(service.until, now)}`}
        </div>
      </div>
      <button
        type="button"
        className="button button--small"
        data-testid={`return-to-service-${deviceId}`}
        onClick={() => openDialog({ kind: 'return-to-service', deviceId })}
      >
        Return to service
      </button>
    </li>
  );
});

/** Devices under maintenance raise nothing, so the desk keeps them listed: a blind spot must be visible. */
export function OutOfServiceSection() {
  const deviceIds = useOutOfServiceDeviceIds();
  if (deviceIds.length === 0) return null;
  return (
    <section className="queue-section" data-testid="out-of-service-section" aria-label="Devices out of service">
      <h3 className="queue-section__title">Out of service ({deviceIds.length})</h3>
      <ul className="queue-section__list">
        {deviceIds.map((deviceId) => (
          <OutOfServiceDevice key={deviceId} deviceId={deviceId} />
        ))}
      </ul>
    </section>
  );
}
