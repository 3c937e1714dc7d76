import type { Alarm } from '../../shared/domain/alarm.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import type { ActionRecord } from './action-record.js';
import { describeAction } from './describe-action.js';

/** Notes are action log rows; the alarm itself only counts them. */
export function AlarmNotes({ alarm, actions }: { alarm: Alarm; actions: readonly ActionRecord[] | null }) {
  const siteTime = useSiteTimeFormat();
  const notes = actions?.filter((record) => record.action === 'note') ?? [];
  return (
    <section className="detail-section" data-testid="alarm-notes">
      <h3 className="detail-section__title">
        Notes <span className="detail-section__count">{alarm.notes}</span>
      </h3>
      {notes.length === 0 ? (
        <p className="detail-section__empty">{alarm.notes > 0 && !actions ? 'Loading…' : 'None yet · n adds one'}</p>
      ) : (
        <ul className="notes">
          {notes.map((record) => (
            <li key={record.seq} className="note">
              <span className="note__text">{describeAction(record, alarm.checklist)}</span>
              <span className="note__who">
                {record.operator} · {siteTime(record.at)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
