import { memo } from 'react';
import { useAlarm, usePlacedDevice, useSelectAlarm } from '../store/selectors.js';
import { formatTimeLeft } from '../time/format.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { useCoreNow } from '../time/use-core-now.js';
import { CONDITION_LABEL } from './alarm-words.js';
import { PriorityBadge } from './PriorityBadge.js';
import { useFollowCursor } from './use-follow-cursor.js';

const ShelvedRow = memo(function ShelvedRow({ alarmId, selected }: { alarmId: number; selected: boolean }) {
  const alarm = useAlarm(alarmId);
  const placed = usePlacedDevice(alarm?.deviceId ?? '');
  const selectAlarm = useSelectAlarm();
  const now = useCoreNow();
  const siteTime = useSiteTimeFormat(false);
  const ref = useFollowCursor<HTMLLIElement>(selected);
  if (!alarm?.shelved) return null;
  const { until, reason, by } = alarm.shelved;
  return (
    <li
      ref={ref}
      className="shelved-row"
      data-alarm-id={alarm.id}
      data-device-id={alarm.deviceId}
      data-condition={alarm.condition}
      data-shelved="true"
      aria-current={selected ? 'true' : undefined}
      tabIndex={-1}
      onClick={() => selectAlarm(alarm.id)}
    >
      <PriorityBadge priority={alarm.priority} />
      <div className="shelved-row__body">
        <div className="shelved-row__what">
          {CONDITION_LABEL[alarm.condition]} · {placed?.name ?? alarm.deviceId}
        </div>
        <div className="shelved-row__why">
          Back in {formatTimeLeft(until - now)} (at {siteTime(until, now)}) · {reason} · {by}
        </div>
      </div>
    </li>
  );
});

/** Shelved alarms, out of the queue but never out of sight: each with why, by whom and until when. */
export function ShelvedSection({ alarmIds, selectedId }: { alarmIds: readonly number[]; selectedId: number | null }) {
  if (alarmIds.length === 0) return null;
  return (
    <section className="queue-section" data-testid="shelved-section" aria-label="Shelved alarms">
      <h3 className="queue-section__title">
        Shelved ({alarmIds.length}) <span className="queue-section__hint">u unshelves</span>
      </h3>
      <ul className="queue-section__list">
        {alarmIds.map((id) => (
          <ShelvedRow key={id} alarmId={id} selected={id === selectedId} />
        ))}
      </ul>
    </section>
  );
}
