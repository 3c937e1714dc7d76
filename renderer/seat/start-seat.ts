import type { WatchfloorStore } from '../store/store.js';
import { seatFromUrl } from './seat-url.js';
import { loadMuted, loadSeatId, loadToken, saveMuted, saveToken, type SeatStorage } from './seat-storage.js';

/**
 * Puts this browser's seat id, mute choice and any session from this tab in the store before the
 * live feed starts, and remembers later changes. Outside React. The remembered session is only a
 * candidate: `resumeSession` asks the core whether it is still good.
 */
export function startSeat(
  store: WatchfloorStore,
  storage: { browser: SeatStorage; tab: SeatStorage },
  search: string,
): string | null {
  store.setState({
    browserSeat: seatFromUrl(search) ?? loadSeatId(storage.browser),
    muted: loadMuted(storage.browser),
  });
  store.subscribe((state, previous) => {
    if (state.muted !== previous.muted) saveMuted(storage.browser, state.muted);
    if (state.session !== previous.session) saveToken(storage.tab, state.session?.token ?? null);
  });
  return loadToken(storage.tab);
}
