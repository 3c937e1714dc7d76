import type { HandoverAlarm, NotableEvent } from '../../shared/domain/shift.js';
import { CONDITION_LABEL } from '../alarms/alarm-words.js';
import { PriorityBadge } from '../alarms/PriorityBadge.js';
import { formatDuration } from '../time/format.js';
import { useSiteTimeFormat } from '../time/site-time.js';

const NOTABLE_LABEL = {
  'priority-alarm': 'Urgent alarm',
  incident: 'Incident',
  shelved: 'Shelved',
  'out-of-service': 'Out of service',
  occurrence: 'Logged incident',
} as const satisfies Record<NotableEvent['kind'], string>;

/** The open alarms handed over, most urgent first. */
export function HandoverAlarmList({ alarms, notListed }: { alarms: readonly HandoverAlarm[]; notListed: number }) {
  if (alarms.length === 0) return <p className="handover__empty">No open alarms.</p>;
  return (
    <ul className="handover__list" data-testid="handover-alarms">
      {alarms.map((alarm) => (
        <li key={alarm.alarmId} className="handover__item">
          <PriorityBadge priority={alarm.priority} />
          <span>
            <strong>{CONDITION_LABEL[alarm.condition]}</strong> · {alarm.place} · open{' '}
            {formatDuration(alarm.ageS * 1000)}
            {alarm.owner ? ` · ${alarm.owner}` : ' · nobody on it'}
            {alarm.shelved ? ' · shelved' : ''}
          </span>
        </li>
      ))}
      {notListed > 0 && <li className="handover__more">and {notListed} more open alarms</li>}
    </ul>
  );
}

/** What happened during the shift that the next guard should know, oldest first. */
export function NotableList({ events, notListed }: { events: readonly NotableEvent[]; notListed: number }) {
  const time = useSiteTimeFormat(false);
  if (events.length === 0) return <p className="handover__empty">Nothing notable logged this shift.</p>;
  return (
    <ul className="handover__list" data-testid="handover-notable">
      {events.map((event, index) => (
        <li key={`${event.kind}-${event.at}-${index}`} className="handover__item">
          <span className="handover__time">{time(event.at)}</span>
          <span className={`handover__kind handover__kind--${event.kind}`}>{NOTABLE_LABEL[event.kind]}</span>
          <span>{event.text}</span>
        </li>
      ))}
      {notListed > 0 && <li className="handover__more">and {notListed} more</li>}
    </ul>
  );
}
