import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/live/events.js';
import type { LiveTransport } from './live-transport.js';

/**
 * socket.io does not reconnect after the server closed the socket itself, which is what a core
 * does when it shuts down cleanly; a desk must come back on its own once the core is up again.
 */
export const RECONNECT_AFTER_SERVER_CLOSE_MS = 2_000;

/** The live feed over socket.io at the page's own origin (the core serves the console). */
export const socketTransport: LiveTransport = (handlers, handshake) => {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
    // A function, so every reconnect (ours or socket.io's own) names the latest applied sequence.
    auth: (send) => send(handshake()),
  });
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  socket.on('connect', handlers.onConnect);
  socket.on('connect_error', (error) => handlers.onConnectError(error.message));
  socket.on('snapshot', handlers.onSnapshot);
  socket.on('deltas', handlers.onDeltas);
  socket.on('disconnect', (reason) => {
    handlers.onDisconnect(reason);
    if (reason === 'io server disconnect' && !closed) {
      retry = setTimeout(() => socket.connect(), RECONNECT_AFTER_SERVER_CLOSE_MS);
    }
  });

  return {
    reconnect() {
      clearTimeout(retry);
      socket.disconnect();
      socket.connect();
    },
    close() {
      closed = true;
      clearTimeout(retry);
      socket.disconnect();
    },
    command(command, reply) {
      // socket.io buffers emits while disconnected and sends them on reconnect: an acknowledge
      // arriving minutes late would be worse than a visible refusal now.
      if (!socket.connected) return false;
      socket.emit('command', command, reply);
      return true;
    },
  };
};
