import { createCommandSender } from '../commands/command-sender.js';
import { watchfloorStore } from '../store/store.js';
import { nextAnimationFrame } from './frame-scheduler.js';
import { LiveFeed } from './live-feed.js';
import { socketTransport } from './socket-transport.js';

/**
 * Connects this seat to the core while someone is signed in, feeds the store and gives it a way to
 * send commands; called once, outside React. A refused session signs the seat out.
 */
export function startLiveFeed(): void {
  const { applySnapshot, applyDeltas, setConnection, setCommandSender } = watchfloorStore.getState();
  let feed: LiveFeed | null = null;
  const open = () => {
    feed = new LiveFeed({
      transport: socketTransport,
      sink: { applySnapshot, applyDeltas, setConnection },
      schedule: nextAnimationFrame,
      credentials: () => {
        const { session, browserSeat } = watchfloorStore.getState();
        return session ? { token: session.token, seat: browserSeat } : null;
      },
      onSignInRequired: () => watchfloorStore.getState().signOut(),
    });
    feed.start();
  };
  setCommandSender(createCommandSender((command, reply) => feed?.command(command, reply) ?? false));
  // A new session is a new handshake; no session, no connection.
  watchfloorStore.subscribe((state, previous) => {
    if (state.session === previous.session) return;
    feed?.stop();
    feed = null;
    if (state.session) open();
  });
  if (watchfloorStore.getState().session) open();
}
