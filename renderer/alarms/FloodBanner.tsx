import { useRecentRaises } from '../store/desk-selectors.js';
import { useCoreNow } from '../time/use-core-now.js';
import { FLOOD_WINDOW_MS, isFlood, raisesInWindow } from './flood-meter.js';

/** ISA-18.2's flood: more alarms than one person can work properly; says so, and what to do first. */
export function FloodBanner() {
  const raises = useRecentRaises();
  const now = useCoreNow();
  const count = raisesInWindow(raises, now);
  if (!isFlood(count)) return null;
  return (
    <div className="flood-banner" role="alert" data-testid="flood-banner" data-count={count}>
      <strong>Alarm flood</strong> · {count} alarms in the last {FLOOD_WINDOW_MS / 60_000} min. Work P1 first; call for
      help; shelve nuisance alarms (s).
    </div>
  );
}
