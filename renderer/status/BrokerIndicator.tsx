import { useBrokerStatus, useConnectionState } from '../store/selectors.js';
import { formatAgo } from '../time/format.js';
import { useCoreNow } from '../time/use-core-now.js';

/**
 * The MQTT broker as the core sees it: while it is down, no device can reach the console. Only
 * the core can tell, so while this seat cannot reach the core the broker's state is unknown.
 */
export function BrokerIndicator() {
  const broker = useBrokerStatus();
  const live = useConnectionState() === 'live';
  const now = useCoreNow();
  const state = broker === null || !live ? 'unknown' : broker.connected ? 'connected' : 'disconnected';
  const title = [broker?.url, broker?.lastError ? `Last error: ${broker.lastError}` : null].filter(Boolean).join('\n');
  return (
    <div className={`indicator indicator--${state === 'connected' ? 'good' : 'bad'}`} title={title || undefined}>
      <span className="indicator__label">Broker</span>
      <span className="indicator__value" data-testid="broker-state" data-state={state}>
        <span className="indicator__dot" aria-hidden="true" />
        {state === 'unknown' ? 'Unknown' : state === 'connected' ? 'Connected' : 'Disconnected'}
        {state === 'disconnected' && broker && (
          <span className="indicator__since"> · {formatAgo(broker.since, now)}</span>
        )}
      </span>
    </div>
  );
}
