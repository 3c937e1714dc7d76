import { createCommandSender } from '../commands/command-sender.js';
import { watchfloorStore } from '../store/store.js';
import { nextAnimationFrame } from './frame-scheduler.js';
import { LiveFeed } from './live-feed.js';
import { socketTransport } from './socket-transport.js';

/** Connects this seat to the core, feeds the store and gives it a way to send commands; called once, outside React. */
export function startLiveFeed(): LiveFeed {
  const { applySnapshot, applyDeltas, setConnection, setCommandSender } = watchfloorStore.getState();
  const feed = new LiveFeed({
    transport: socketTransport,
    sink: { applySnapshot, applyDeltas, setConnection },
    schedule: nextAnimationFrame,
    identity: () => watchfloorStore.getState().identity,
  });
  setCommandSender(createCommandSender((command, reply) => feed.command(command, reply)));
  // The core learns who is at the seat from the handshake, so a new operator means a new handshake.
  watchfloorStore.subscribe((state, previous) => {
    if (state.identity !== previous.identity) feed.reconnect();
  });
  feed.start();
  return feed;
}
