import type { SeatCommandInput } from '../../shared/live/commands.js';
import type { LiveDelta } from '../../shared/live/delta.js';
import type { Handshake } from '../../shared/live/events.js';
import type { Snapshot } from '../../shared/live/snapshot.js';

/** What the live feed hears from its connection; the socket.io adapter is the only real one. */
export type TransportHandlers = {
  onConnect(): void;
  onDisconnect(reason: string): void;
  onConnectError(message: string): void;
  onSnapshot(snapshot: Snapshot): void;
  onDeltas(deltas: LiveDelta[]): void;
};

export type LiveConnection = {
  /** Drop the connection and open it again; the handshake is read afresh. */
  reconnect(): void;
  close(): void;
  /** Sends a command when connected (returning true); the reply is the core's unvalidated answer. */
  command(command: SeatCommandInput, reply: (result: unknown) => void): boolean;
};

/** Opens a connection; `handshake` is called on every (re)connect so it can carry the current lastSeq. */
export type LiveTransport = (handlers: TransportHandlers, handshake: () => Handshake) => LiveConnection;
