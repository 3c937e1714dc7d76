import type { StateCreator } from 'zustand';
import type { SeatIdentity } from '../seat/seat-identity.js';
import type { WatchfloorState } from './state.js';

export type SeatSlice = {
  /** null: nobody signed on; the seat may watch but not act. */
  identity: SeatIdentity | null;
  /** A sign-on from the URL (tests, a second monitor) is not written to this browser's storage. */
  identityFromUrl: boolean;
  /** This browser's seat id, kept across operators; what a sign-on uses. */
  browserSeat: string;
  /** This seat's alarm sound; the store only says what the guard chose, sound/ does the rest. */
  muted: boolean;
  /** False until the browser lets the page make sound (after the first key press or click). */
  soundReady: boolean;
  signOn(identity: SeatIdentity): void;
  setMuted(muted: boolean): void;
  setSoundReady(soundReady: boolean): void;
};

export const createSeatSlice: StateCreator<WatchfloorState, [], [], SeatSlice> = (set) => ({
  identity: null,
  identityFromUrl: false,
  browserSeat: 'seat-unknown',
  muted: false,
  soundReady: false,
  signOn: (identity) => set({ identity, identityFromUrl: false }),
  setMuted: (muted) => set({ muted }),
  setSoundReady: (soundReady) => set({ soundReady }),
});
