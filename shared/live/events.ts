import { z } from 'zod';
import type { LiveDelta } from './delta.js';
import type { Snapshot } from './snapshot.js';
import type { CommandResult } from './commands.js';

/**
 * Sent in the socket.io handshake (`auth`). Every seat signs in: `token` is the session from
 * POST /api/login, and who the seat is comes from that session, never from what the seat says.
 * A seat that reconnects names the epoch and the last sequence it applied; the core answers with
 * the deltas after it, or a snapshot when they are no longer kept.
 */
export const handshakeSchema = z.object({
  token: z.string().max(64).optional(),
  /** The core run the seat's sequence numbers belong to (from its last snapshot). */
  epoch: z.string().max(64).optional(),
  lastSeq: z.number().int().min(0).optional(),
  /** Which desk position this is (this browser's seat id); it goes into every action the operator takes. */
  seat: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/)
    .optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

/** The reason a refused connection gives (socket.io's connect_error message). */
export const SIGN_IN_REQUIRED = 'sign-in-required';

export type ServerToClientEvents = {
  snapshot: (snapshot: Snapshot) => void;
  /** Deltas in sequence order, batched; a gap means the seat must reconnect for a snapshot. */
  deltas: (deltas: LiveDelta[]) => void;
};

export type ClientToServerEvents = {
  /** `command` is validated against seatCommandSchema on the core; the reply says what happened. */
  command: (command: unknown, reply: (result: CommandResult) => void) => void;
};
