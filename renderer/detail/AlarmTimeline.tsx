import type { Alarm } from '../../shared/domain/alarm.js';
import { DISPOSITION_LABEL } from '../commands/resolve-rules.js';
import { useSiteTimeFormat } from '../time/site-time.js';

type Moment = { at: number; what: string; testId: string };

/** The alarm's life so far, from its own record: raised, repeated, acknowledged, returned, reset… */
export function timelineOf(alarm: Alarm): Moment[] {
  const moments: (Moment | null)[] = [
    { at: alarm.raisedAt, what: 'Raised', testId: 'raised' },
    alarm.count > 1
      ? { at: alarm.lastOccurredAt, what: `Occurred ${alarm.count} times, last`, testId: 'occurred' }
      : null,
    alarm.acknowledgedAt !== null
      ? {
          at: alarm.acknowledgedAt,
          what: `Acknowledged by ${alarm.acknowledgedBy ?? 'someone'}`,
          testId: 'acknowledged',
        }
      : null,
    // Acknowledging makes the guard the owner; only a separate claim or take-over is worth a line.
    alarm.owner && !(alarm.owner.since === alarm.acknowledgedAt && alarm.owner.operator === alarm.acknowledgedBy)
      ? { at: alarm.owner.since, what: `Handled by ${alarm.owner.operator} (${alarm.owner.seat})`, testId: 'owner' }
      : null,
    alarm.escalatedAt !== null
      ? { at: alarm.escalatedAt, what: 'Escalated: not acknowledged in time', testId: 'escalated' }
      : null,
    alarm.resolveEscalatedAt !== null
      ? { at: alarm.resolveEscalatedAt, what: 'Escalated: not resolved in time', testId: 'resolve-escalated' }
      : null,
    alarm.shelved
      ? { at: alarm.shelved.at, what: `Shelved by ${alarm.shelved.by}: ${alarm.shelved.reason}`, testId: 'shelved' }
      : null,
    alarm.returnedAt !== null ? { at: alarm.returnedAt, what: 'Returned to normal', testId: 'returned' } : null,
    alarm.resetAt !== null ? { at: alarm.resetAt, what: 'Reset', testId: 'reset' } : null,
    alarm.resolvedAt !== null
      ? {
          at: alarm.resolvedAt,
          what: `Resolved by ${alarm.resolvedBy ?? 'someone'}${alarm.disposition ? `: ${DISPOSITION_LABEL[alarm.disposition]}` : ''}`,
          testId: 'resolved',
        }
      : null,
  ];
  return moments.filter((moment): moment is Moment => moment !== null).sort((a, b) => a.at - b.at);
}

export function AlarmTimeline({ alarm }: { alarm: Alarm }) {
  const siteTime = useSiteTimeFormat();
  const latchedWaiting = alarm.latched && alarm.resetAt === null;
  return (
    <section className="detail-section" data-testid="alarm-timeline">
      <h3 className="detail-section__title">Timeline</h3>
      <ol className="timeline">
        {timelineOf(alarm).map((moment) => (
          <li key={moment.testId} className="timeline__moment" data-moment={moment.testId}>
            <time className="timeline__at">{siteTime(moment.at)}</time>
            <span>{moment.what}</span>
          </li>
        ))}
      </ol>
      {latchedWaiting && (
        <p className="detail-section__note">Latched: once it has returned to normal, reset it (x) before resolving.</p>
      )}
    </section>
  );
}
