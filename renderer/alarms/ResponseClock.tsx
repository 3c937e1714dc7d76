import type { Alarm } from '../../shared/domain/alarm.js';
import { useCoreNow } from '../time/use-core-now.js';
import { formatCountdown, responseClock } from './response-clock.js';

const TARGET_WORD = { acknowledge: 'Ack', resolve: 'Resolve' } as const;

/** Time left to the alarm's current response target, ticking; its own component so only it re-renders. */
export function ResponseClock({ alarm }: { alarm: Alarm }) {
  const now = useCoreNow();
  const clock = responseClock(alarm, now);
  if (!clock) return null;
  const word = TARGET_WORD[clock.target];
  const late = clock.urgency === 'overdue';
  return (
    <span
      className={`response-clock response-clock--${clock.urgency}`}
      data-testid="response-clock"
      data-target={clock.target}
      data-urgency={clock.urgency}
      title={`${clock.target === 'acknowledge' ? 'Acknowledge' : 'Resolve'} target: ${late ? 'missed' : 'time left'}`}
    >
      {late ? `${word} ${formatCountdown(clock.leftMs)} late` : `${word} in ${formatCountdown(clock.leftMs)}`}
    </span>
  );
}
