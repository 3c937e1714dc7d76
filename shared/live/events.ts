import { z } from 'zod';
import type { LiveDelta } from './delta.js';
import type { Snapshot } from './snapshot.js';

/**
 * Sent in the socket.io handshake (`auth`). A seat that reconnects names the epoch and the last
 * sequence it applied; the core answers with the deltas after it, or a snapshot when they are no longer kept.
 */
export const handshakeSchema = z.object({
  /** The core run the seat's sequence numbers belong to (from its last snapshot). */
  epoch: z.string().max(64).optional(),
  lastSeq: z.number().int().min(0).optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

export type ServerToClientEvents = {
  snapshot: (snapshot: Snapshot) => void;
  /** Deltas in sequence order, batched; a gap means the seat must reconnect for a snapshot. */
  deltas: (deltas: LiveDelta[]) => void;
};

export type ClientToServerEvents = Record<string, never>;
