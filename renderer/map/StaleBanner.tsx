import type { ConnectionState } from '../api/connection-state.js';
import { useConnectionState } from '../store/selectors.js';

const MESSAGE: Record<ConnectionState, string | null> = {
  connecting: 'Connecting to the console core…',
  live: null,
  reconnecting: 'Reconnecting to the console core. The map shows the last known picture.',
  offline: 'No connection to the console core. This picture is NOT live.',
};

/** A picture that has stopped updating looks exactly like a quiet night, so say so on the map itself. */
export function StaleBanner() {
  const connection = useConnectionState();
  const message = MESSAGE[connection];
  if (!message) return null;
  return (
    <div className={`stale-banner stale-banner--${connection}`} role="status">
      {message}
    </div>
  );
}
