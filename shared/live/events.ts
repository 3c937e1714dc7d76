import { z } from 'zod';
import type { LiveDelta } from './delta.js';
import type { Snapshot } from './snapshot.js';
import type { CommandResult } from './commands.js';

/**
 * Sent in the socket.io handshake (`auth`). A seat that reconnects names the epoch and the last
 * sequence it applied; the core answers with the deltas after it, or a snapshot when they are no longer kept.
 */
export const SEAT_ROLES = ['guard', 'supervisor'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

export const handshakeSchema = z.object({
  /** The core run the seat's sequence numbers belong to (from its last snapshot). */
  epoch: z.string().max(64).optional(),
  lastSeq: z.number().int().min(0).optional(),
  /**
   * Who is at this seat. Until operator accounts exist (issue 4) this is what the seat declares;
   * every action is logged with it. A seat without an operator may watch but not act.
   */
  operator: z.string().trim().min(1).max(64).optional(),
  seat: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/)
    .optional(),
  role: z.enum(SEAT_ROLES).optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

export type ServerToClientEvents = {
  snapshot: (snapshot: Snapshot) => void;
  /** Deltas in sequence order, batched; a gap means the seat must reconnect for a snapshot. */
  deltas: (deltas: LiveDelta[]) => void;
};

export type ClientToServerEvents = {
  /** `command` is validated against seatCommandSchema on the core; the reply says what happened. */
  command: (command: unknown, reply: (result: CommandResult) => void) => void;
};
