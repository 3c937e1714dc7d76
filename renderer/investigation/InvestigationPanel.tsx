import { useState } from 'react';
import { hasRole } from '../../shared/domain/operator.js';
import { useJson } from '../detail/use-json.js';
import { useSeatIdentity } from '../store/desk-selectors.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import {
  badgeLine,
  cameraLine,
  eventLine,
  investigationUrl,
  parseInvestigation,
  SHOWN_EVENTS,
  ZONE_RULE_WORDS,
} from './investigation-words.js';
import './investigation.css';

const RADII = [10, 15, 25, 50] as const;
const WINDOWS = [5, 10, 30, 60] as const;

/**
 * Everything around an alarm in space and time, for supervisors: who badged in at the doors nearby,
 * what nearby devices said, and how the cameras were at that moment. Opened from the alarm detail.
 */
export function InvestigationPanel({ alarmId }: { alarmId: number }) {
  const identity = useSeatIdentity();
  const [open, setOpen] = useState(false);
  const [radiusM, setRadiusM] = useState<number>(15);
  const [minutes, setMinutes] = useState<number>(10);
  const url = open ? investigationUrl(alarmId, radiusM, minutes) : null;
  const { data, error, loading } = useJson(url, parseInvestigation, alarmId);
  const siteTime = useSiteTimeFormat();
  if (!identity || !hasRole(identity.role, 'supervisor')) return null;
  if (!open)
    return (
      <section className="detail-section">
        <button type="button" data-testid="open-investigation" onClick={() => setOpen(true)}>
          Investigate around this alarm…
        </button>
      </section>
    );
  const names = new Map(data?.devices.map((device) => [device.id, device.name]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <section className="detail-section investigation" data-testid="investigation" aria-busy={loading}>
      <h3 className="detail-section__title">Investigation</h3>
      <div className="investigation__controls">
        <label>
          Within{' '}
          <select value={radiusM} onChange={(event) => setRadiusM(Number(event.target.value))}>
            {RADII.map((value) => (
              <option key={value} value={value}>
                {value} m
              </option>
            ))}
          </select>
        </label>
        <label>
          ±{' '}
          <select value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
            {WINDOWS.map((value) => (
              <option key={value} value={value}>
                {value} min
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      {error && <p className="detail-section__problem">Could not investigate: {error}</p>}
      {data && (
        <>
          <h4>Cameras nearby at {siteTime(data.anchor.at)}</h4>
          {data.cameras.length === 0 && (
            <p className="detail-section__empty">No camera within {data.window.radiusM} m</p>
          )}
          <ul data-testid="investigation-cameras">
            {data.cameras.map((camera) => (
              <li key={camera.deviceId}>{cameraLine(camera)}</li>
            ))}
          </ul>
          <h4>Badge activity at the doors of {ZONE_RULE_WORDS[data.zones.rule]}</h4>
          {data.badges.length === 0 && <p className="detail-section__empty">None in the window</p>}
          <ol className="history" data-testid="investigation-badges">
            {data.badges.map((badge) => (
              <li key={`${badge.doorId}-${badge.at}-${badge.event}`} className="history__row">
                <time className="history__at">{siteTime(badge.at)}</time>
                <span className="history__what">
                  {badge.drill !== null && <span className="flag flag--drill">DRILL</span>} {badgeLine(badge)}
                </span>
              </li>
            ))}
          </ol>
          <h4>
            Events within {data.window.radiusM} m ({data.events.length}
            {data.truncated.events ? '+' : ''})
          </h4>
          <ol className="history" data-testid="investigation-events">
            {data.events.slice(0, SHOWN_EVENTS).map((event) => (
              <li key={`${event.deviceId}-${event.eventId}`} className="history__row">
                <time className="history__at">{siteTime(event.receivedAt)}</time>
                <span className="history__what">{eventLine(event, name)}</span>
              </li>
            ))}
          </ol>
          {data.events.length > SHOWN_EVENTS && (
            <p className="detail-section__empty">{data.events.length - SHOWN_EVENTS} more not shown</p>
          )}
        </>
      )}
    </section>
  );
}
