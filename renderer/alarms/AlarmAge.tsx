import { formatDuration } from '../time/format.js';
import { useCoreNow } from '../time/use-core-now.js';

/** Its own component so the shared ticker re-renders only this text, not the whole row. */
export function AlarmAge({ since }: { since: number }) {
  const now = useCoreNow();
  return (
    <time className="alarm-row__age" dateTime={new Date(since).toISOString()} title="Time since raised">
      {formatDuration(now - since)}
    </time>
  );
}
