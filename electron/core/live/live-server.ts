import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { CommandResult } from '../../../shared/live/commands.js';
import type { LiveDelta } from '../../../shared/live/delta.js';
import { handshakeSchema, type ClientToServerEvents, type ServerToClientEvents } from '../../../shared/live/events.js';
import type { Snapshot } from '../../../shared/live/snapshot.js';
import { isAllowedRequest } from '../api/request-origin.js';
import { commandRateLimiter } from './command-rate.js';
import type { DeltaJournal } from './delta-journal.js';
import { seatIdentity, type SeatIdentity } from './seat-identity.js';

export type LiveServer = { broadcast(deltas: LiveDelta[]): void; seats(): number; close(): Promise<void> };

export type LiveHandlers = {
  snapshot(): Snapshot;
  /** A command from an identified seat, still unvalidated. */
  command(raw: unknown, seat: NonNullable<SeatIdentity>): CommandResult;
};

/** Larger messages are refused by socket.io itself; the largest command (a note) is far below. */
const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;

/**
 * socket.io for the seats: a snapshot on connect (or only the missed deltas when a reconnecting seat
 * names an epoch and sequence still in the journal), then every delta as it is published; commands
 * from seats that named an operator, rate-limited per connection.
 */
export function attachLiveServer(
  httpServer: HttpServer,
  epoch: string,
  journal: DeltaJournal,
  handlers: LiveHandlers,
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
    const identity = seatIdentity(resume, socket.id);
    const allowCommand = commandRateLimiter();

    const missed = resume.epoch === epoch && resume.lastSeq !== undefined ? journal.since(resume.lastSeq) : null;
    if (missed) {
      if (missed.length > 0) socket.emit('deltas', missed);
    } else {
      socket.emit('snapshot', handlers.snapshot());
    }
    socket.join('seats');

    socket.on('command', (raw, reply) => {
      // A client that sends no callback gets nothing; one that sends garbage gets a refusal, never a crash.
      if (typeof reply !== 'function') return;
      if (!identity)
        return reply({ ok: false, refusal: 'not-allowed', message: 'sign on with your name before acting on alarms' });
      if (!allowCommand())
        return reply({ ok: false, refusal: 'rate-limited', message: 'too many actions at once; slow down' });
      reply(handlers.command(raw, identity));
    });
  });

  return {
    broadcast: (deltas) => {
      io.to('seats').emit('deltas', deltas);
    },
    seats: () => io.of('/').sockets.size,
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}
