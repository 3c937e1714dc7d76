import { useEffect, useState } from 'react';
import type { AlarmHistory } from '../../shared/review/review-results.js';
import { actionName, describeAction } from '../detail/describe-action.js';
import { describeEvent } from '../detail/describe-event.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { fetchAlarmHistory } from './review-api.js';

/** One alarm's whole story: the record, every action and note, and its device's events around it. */
export function AlarmHistoryPanel({ alarmId, onClose }: { alarmId: number; onClose(): void }) {
  const [history, setHistory] = useState<AlarmHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const time = useSiteTimeFormat(true);
  useEffect(() => {
    const controller = new AbortController();
    setHistory(null);
    fetchAlarmHistory(alarmId, controller.signal)
      .then(setHistory)
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure instanceof Error ? failure.message : String(failure));
      });
    return () => controller.abort();
  }, [alarmId]);

  const alarm = history?.alarm;
  return (
    <aside className="review-history" aria-label={`Alarm ${alarmId} history`}>
      <header>
        <h2>Alarm {alarmId}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      {alarm && (
        <>
          <p>
            P{alarm.priority} {alarm.condition.replaceAll('-', ' ')} at {alarm.deviceId} · {alarm.state}
            {alarm.disposition ? ` · ${alarm.disposition}` : ''} · raised {time(alarm.raisedAt, alarm.raisedAt)}
            {alarm.incidentId !== null ? ` · incident ${alarm.incidentId}` : ''}
          </p>
          <h3>Actions and notes</h3>
          <ol className="review-history__actions">
            {history.actions.map((action) => (
              <li key={action.seq}>
                <time>{time(action.at, action.at)}</time> {actionName(action.action)} by {action.operator}:{' '}
                {describeAction(action, alarm.checklist)}
              </li>
            ))}
          </ol>
          <h3>Device events around it{history.deviceEventsCapped ? ' (first ones only)' : ''}</h3>
          <ol className="review-history__events">
            {history.deviceEvents.map((event) => (
              <li key={event.seq}>
                <time>{time(event.at, event.at)}</time>{' '}
                {describeEvent({
                  id: event.eventId,
                  channel: event.channel,
                  receivedAt: event.at,
                  deviceTs: event.deviceTs,
                  payload: typeof event.payload === 'object' && event.payload !== null ? { ...event.payload } : {},
                })}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
