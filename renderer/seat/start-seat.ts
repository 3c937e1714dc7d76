import type { WatchfloorStore } from '../store/store.js';
import { identityFromUrl } from './seat-url.js';
import { loadIdentity, loadMuted, loadSeatId, saveIdentity, saveMuted, type SeatStorage } from './seat-storage.js';

/**
 * Puts the remembered (or URL-given) operator and mute choice in the store before the live feed
 * connects, asks for a sign-on when there is none, and remembers later changes. Outside React.
 */
export function startSeat(store: WatchfloorStore, storage: SeatStorage, search: string): void {
  const browserSeat = loadSeatId(storage);
  const fromUrl = identityFromUrl(search, browserSeat);
  const identity = fromUrl ?? loadIdentity(storage);
  store.setState({
    identity,
    browserSeat,
    identityFromUrl: fromUrl !== null,
    muted: loadMuted(storage),
    dialog: identity === null ? { kind: 'sign-on' } : null,
  });
  store.subscribe((state, previous) => {
    if (state.identity !== previous.identity && state.identity !== null && !state.identityFromUrl)
      saveIdentity(storage, state.identity);
    if (state.muted !== previous.muted) saveMuted(storage, state.muted);
  });
}
