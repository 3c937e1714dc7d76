import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { CommandResult } from '../../../shared/live/commands.js';
import type { LiveDelta } from '../../../shared/live/delta.js';
import {
  handshakeSchema,
  SIGN_IN_REQUIRED,
  type ClientToServerEvents,
  type Handshake,
  type ServerToClientEvents,
} from '../../../shared/live/events.js';
import type { Session } from '../accounts/authority.js';
import { isSessionToken } from '../accounts/session-token.js';
import type { Snapshot } from '../../../shared/live/snapshot.js';
import { isAllowedRequest } from '../api/request-origin.js';
import { commandRateLimiter } from './command-rate.js';
import type { DeltaJournal } from './delta-journal.js';
import { seatIdentity, type SeatIdentity } from './seat-identity.js';

export type LiveServer = {
  broadcast(deltas: LiveDelta[]): void;
  seats(): number;
  /** Disconnects the seats of the sessions that ended early (sign-out, an account changed or disabled). */
  endSessions(operatorId: number | null, tokenHashes: readonly string[]): void;
  /** Disconnects seats whose session has expired since they connected. */
  dropExpired(): void;
  close(): Promise<void>;
};

export type LiveHandlers = {
  snapshot(): Snapshot;
  /** The live session of a token, checked when the seat connects and again before every command. */
  session(token: string): Session | null;
  /** A command from a signed-in seat whose role allows it, still otherwise unvalidated. */
  command(raw: unknown, seat: SeatIdentity): CommandResult;
};

type SeatData = { identity: SeatIdentity; handshake: Handshake; token: string };

/**
 * Larger messages are refused by socket.io itself (the seat is disconnected). The largest command
 * is a guard-logged occurrence: about 48 KiB at its field caps in the widest text JSON allows
 * (shared/domain/occurrence.ts); test/unit/electron/core/live/message-cap.test.ts works it out.
 */
export const MAX_CLIENT_MESSAGE_BYTES = 64 * 1024;

/**
 * socket.io for the seats. Only a signed-in seat connects; it gets a snapshot (or only the missed
 * deltas when it names an epoch and sequence still in the journal), then every delta as it is
 * published. Commands are checked against the session and the role, and rate-limited per connection.
 */
export function attachLiveServer(
  httpServer: HttpServer,
  epoch: string,
  journal: DeltaJournal,
  handlers: LiveHandlers,
  hosts: () => ReadonlySet<string> | 'any',
): LiveServer {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SeatData>(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_CLIENT_MESSAGE_BYTES,
    // WebSocket upgrades are not covered by CORS, so the origin is checked for every transport.
    allowRequest: (request, callback) => callback(null, isAllowedRequest(request.headers, hosts())),
  });

  // A database that cannot be read right now must refuse the seat, not crash the core.
  const sessionOf = (token: string): Session | null => {
    try {
      return handlers.session(token);
    } catch {
      return null;
    }
  };

  io.use((socket, next) => {
    const handshake = handshakeSchema.safeParse(socket.handshake.auth);
    const token = handshake.success ? handshake.data.token : undefined;
    const session = isSessionToken(token) ? sessionOf(token) : null;
    if (!handshake.success || !token || !session) return next(new Error(SIGN_IN_REQUIRED));
    socket.data = { identity: seatIdentity(session, handshake.data, socket.id), handshake: handshake.data, token };
    next();
  });

  io.on('connection', (socket) => {
    const { identity, handshake: resume, token } = socket.data;
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
      if (!sessionOf(token)) {
        reply({ ok: false, refusal: 'not-allowed', message: 'your session has ended; sign in again' });
        return void socket.disconnect(true);
      }
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
    endSessions(operatorId, tokenHashes) {
      for (const socket of io.of('/').sockets.values()) {
        const { identity } = socket.data;
        if (identity.operatorId === operatorId || tokenHashes.includes(identity.tokenHash)) socket.disconnect(true);
      }
    },
    dropExpired() {
      for (const socket of io.of('/').sockets.values()) if (!sessionOf(socket.data.token)) socket.disconnect(true);
    },
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}
