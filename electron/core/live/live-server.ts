import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { handshakeSchema, type ClientToServerEvents, type ServerToClientEvents } from '../../../shared/live/events.js';
import type { Snapshot } from '../../../shared/live/snapshot.js';
import type { LiveDelta } from '../../../shared/live/delta.js';
import type { DeltaJournal } from './delta-journal.js';
import { isAllowedRequest } from '../api/request-origin.js';

export type LiveServer = { broadcast(deltas: LiveDelta[]): void; seats(): number; close(): Promise<void> };

/** Seats send nothing today; anything larger than this is refused by socket.io itself. */
const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;

/**
 * socket.io for the seats: a snapshot on connect (or only the missed deltas when a reconnecting seat
 * names an epoch and sequence still in the journal), then every delta as it is published.
 */
export function attachLiveServer(
  httpServer: HttpServer,
  epoch: string,
  journal: DeltaJournal,
  snapshot: () => Snapshot,
  hosts: () => ReadonlySet<string> | 'any',
): LiveServer {
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_CLIENT_MESSAGE_BYTES,
    // WebSocket upgrades are not covered by CORS, so the origin is checked for every transport.
    allowRequest: (request, callback) => callback(null, isAllowedRequest(request.headers, hosts())),
  });

  io.on('connection', (socket) => {
    const handshake = handshakeSchema.safeParse(socket.handshake.auth);
    const resume = handshake.success ? handshake.data : {};
    const missed = resume.epoch === epoch && resume.lastSeq !== undefined ? journal.since(resume.lastSeq) : null;
    if (missed) {
      if (missed.length > 0) socket.emit('deltas', missed);
    } else {
      socket.emit('snapshot', snapshot());
    }
    socket.join('seats');
  });

  return {
    broadcast: (deltas) => {
      io.to('seats').emit('deltas', deltas);
    },
    seats: () => io.of('/').sockets.size,
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}
