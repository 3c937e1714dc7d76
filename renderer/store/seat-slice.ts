import type { StateCreator } from 'zustand';
import type { SignedIn } from '../../shared/api/accounts.js';
import type { SeatIdentity } from '../seat/seat-identity.js';
import type { WatchfloorState } from './state.js';

export type SeatSlice = {
  /** The signed-in session: its token goes with every request and the live handshake. */
  session: SignedIn | null;
  /** False until a session remembered by this tab has been checked with the core (no sign-in flash). */
  sessionChecked: boolean;
  /** Who acts from this seat, from the session; null while nobody is signed in. */
  identity: SeatIdentity | null;
  /** This browser's seat id (or the URL's `?seat=`), kept across operators. */
  browserSeat: string;
  /** This seat's alarm sound; the store only says what the guard chose, sound/ does the rest. */
  muted: boolean;
  /** False until the browser lets the page make sound (after the first key press or click). */
  soundReady: boolean;
  signIn(session: SignedIn): void;
  /** Forget the session here (the caller tells the core); the sign-in page comes back. */
  signOut(): void;
  setMuted(muted: boolean): void;
  setSoundReady(soundReady: boolean): void;
};

export const createSeatSlice: StateCreator<WatchfloorState, [], [], SeatSlice> = (set) => ({
  session: null,
  sessionChecked: false,
  identity: null,
  browserSeat: 'seat-unknown',
  muted: false,
  soundReady: false,
  signIn: (session) =>
    set((state) => ({
      session,
      identity: {
        operator: session.operator.username,
        displayName: session.operator.displayName,
        seat: state.browserSeat,
        role: session.operator.role,
      },
    })),
  signOut: () => set({ session: null, identity: null, dialog: null }),
  setMuted: (muted) => set({ muted }),
  setSoundReady: (soundReady) => set({ soundReady }),
});
