import type { Alarm } from '../../shared/domain/alarm.js';
import type { WatchfloorState } from './state.js';
import type { WatchfloorStore } from './store.js';

/**
 * Calls `listener` whenever the open alarms change, with the ones this seat had not seen before.
 * The first picture a seat gets is not news, so it reports none of those.
 */
export function watchNewAlarms(
  store: WatchfloorStore,
  listener: (state: WatchfloorState, newAlarms: readonly Alarm[]) => void,
): () => void {
  return store.subscribe((state, previous) => {
    if (state.alarms === previous.alarms) return;
    const fresh = previous.seq === null ? [] : [...state.alarms.values()].filter((a) => !previous.alarms.has(a.id));
    listener(state, fresh);
  });
}
