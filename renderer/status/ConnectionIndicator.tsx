import type { ConnectionState } from '../api/connection-state.js';
import { useConnectionState } from '../store/selectors.js';

const LABEL: Record<ConnectionState, string> = {
  connecting: 'Connecting',
  live: 'Live',
  reconnecting: 'Reconnecting',
  offline: 'Offline',
};

/** This seat's link to the console core; anything but live means the screen may be out of date. */
export function ConnectionIndicator() {
  const connection = useConnectionState();
  return (
    <div className={`indicator indicator--${connection === 'live' ? 'good' : 'bad'}`}>
      <span className="indicator__label">Core</span>
      <span className="indicator__value" data-testid="connection-state" data-state={connection}>
        <span className="indicator__dot" aria-hidden="true" />
        {LABEL[connection]}
      </span>
    </div>
  );
}
