import { memo } from 'react';
import { useDeviceState } from '../store/selectors.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { deviceEventsUrl, parseEvents } from './device-event-record.js';
import { describeEvent } from './describe-event.js';
import { useJson } from './use-json.js';

/** What the device said lately, newest first; fetched again each time it says something. */
export const DeviceEvents = memo(function DeviceEvents({ deviceId }: { deviceId: string }) {
  const lastSeenAt = useDeviceState(deviceId)?.lastSeenAt ?? null;
  const { data: events, error } = useJson(deviceEventsUrl(deviceId), parseEvents, lastSeenAt);
  const siteTime = useSiteTimeFormat();
  return (
    <section className="detail-section" data-testid="device-events">
      <h3 className="detail-section__title">Recent events</h3>
      {error && <p className="detail-section__problem">Could not load events: {error}</p>}
      {events && events.length === 0 && <p className="detail-section__empty">None logged</p>}
      {events && events.length > 0 && (
        <ol className="history">
          {events.map((event) => (
            <li key={`${event.id}-${event.receivedAt}`} className="history__row" data-channel={event.channel}>
              <time className="history__at">{siteTime(event.receivedAt)}</time>
              <span className="history__what">{describeEvent(event)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
