import type { Alarm } from '../../shared/domain/alarm.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import type { ActionRecord } from './action-record.js';
import { actionName, describeAction } from './describe-action.js';

/** Everything anyone did about this alarm, oldest first, as the core's tamper-evident log has it. */
export function ActionLog({
  alarm,
  actions,
  error,
}: {
  alarm: Alarm;
  actions: readonly ActionRecord[] | null;
  error: string | null;
}) {
  const siteTime = useSiteTimeFormat();
  return (
    <section className="detail-section" data-testid="action-history">
      <h3 className="detail-section__title">Action log</h3>
      {error && <p className="detail-section__problem">Could not load the log: {error}</p>}
      {actions && actions.length === 0 && <p className="detail-section__empty">No actions yet</p>}
      {actions && actions.length > 0 && (
        <ol className="history">
          {actions.map((record) => (
            <li key={record.seq} className="history__row" data-action={record.action}>
              <time className="history__at">{siteTime(record.at)}</time>
              <span className="history__who" title={record.seat}>
                {record.operator}
              </span>
              <span className="history__what">
                <strong>{actionName(record.action)}</strong> {describeAction(record, alarm.checklist)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
