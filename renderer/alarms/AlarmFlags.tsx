import type { Alarm } from '../../shared/domain/alarm.js';
import { useDeviceState } from '../store/selectors.js';
import { useCoreNow } from '../time/use-core-now.js';
import { isEscalated, isStale } from './response-clock.js';

/** The few things that change how a guard should treat an alarm, each in plain words. */
export function AlarmFlags({ alarm }: { alarm: Alarm }) {
  const now = useCoreNow();
  const stale = isStale(alarm, now);
  const escalated = isEscalated(alarm);
  const outOfService = Boolean(useDeviceState(alarm.deviceId)?.outOfService);
  const drill = alarm.drill !== undefined;
  if (!drill && !escalated && !alarm.chattering && !stale && !outOfService && alarm.category !== 'trouble') return null;
  return (
    <div className="alarm-flags">
      {drill && (
        <span
          className="flag flag--drill"
          data-testid="flag-drill"
          title={`Training drill ${alarm.drill}: not a real alarm`}
        >
          DRILL
        </span>
      )}
      {escalated && (
        <span className="flag flag--escalated" data-testid="flag-escalated">
          {alarm.resolveEscalatedAt !== null ? 'Escalated · resolve overdue' : 'Escalated'}
        </span>
      )}
      {alarm.category === 'trouble' && <span className="flag flag--trouble">Trouble</span>}
      {alarm.chattering && (
        <span className="flag flag--chattering" data-testid="flag-chattering">
          Chattering — consider shelving
        </span>
      )}
      {outOfService && (
        <span className="flag flag--out-of-service" data-testid="flag-out-of-service">
          Device out of service
        </span>
      )}
      {stale && (
        <span className="flag flag--stale" data-testid="flag-stale" title="Active for more than 24 hours">
          Stale · over 24 h
        </span>
      )}
    </div>
  );
}
