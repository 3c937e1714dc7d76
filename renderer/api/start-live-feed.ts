import { watchfloorStore } from '../store/store.js';
import { nextAnimationFrame } from './frame-scheduler.js';
import { LiveFeed } from './live-feed.js';
import { socketTransport } from './socket-transport.js';

/** Connects this seat to the core and feeds the store; called once, outside React. */
export function startLiveFeed(): LiveFeed {
  const { applySnapshot, applyDeltas, setConnection } = watchfloorStore.getState();
  const feed = new LiveFeed({
    transport: socketTransport,
    sink: { applySnapshot, applyDeltas, setConnection },
    schedule: nextAnimationFrame,
  });
  feed.start();
  return feed;
}
