import { io, type Socket } from 'socket.io-client';
import type { CommandResult, SeatCommandInput } from '../../shared/live/commands.js';
import type { LiveDelta } from '../../shared/live/delta.js';
import type { ClientToServerEvents, Handshake, ServerToClientEvents } from '../../shared/live/events.js';
import type { Snapshot } from '../../shared/live/snapshot.js';
import { waitFor } from './wait-for.js';

export type Seat = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  snapshots: Snapshot[];
  deltas: LiveDelta[];
  /** Waits for a delta matching `match` and returns it. */
  delta<K extends LiveDelta['kind']>(
    kind: K,
    match: (delta: Extract<LiveDelta, { kind: K }>) => boolean,
  ): Promise<Extract<LiveDelta, { kind: K }>>;
  /** Sends a command and resolves with the core's reply. */
  command(command: SeatCommandInput | Record<string, unknown>): Promise<CommandResult>;
  close(): void;
};

/** A socket.io client as the renderer connects: records every snapshot and delta it is sent. */
export async function connectSeat(url: string, auth: Handshake = {}): Promise<Seat> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
  });
  const snapshots: Snapshot[] = [];
  const deltas: LiveDelta[] = [];
  socket.on('snapshot', (snapshot) => snapshots.push(snapshot));
  socket.on('deltas', (batch) => deltas.push(...batch));
  await waitFor('the seat to connect', () => socket.connected);
  return {
    socket,
    snapshots,
    deltas,
    delta: (kind, match) =>
      waitFor(`a ${kind} delta`, () =>
        deltas.find(
          (delta): delta is Extract<LiveDelta, { kind: typeof kind }> => delta.kind === kind && match(delta as never),
        ),
      ),
    command: (command) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to ${JSON.stringify(command)}`)), 5000);
        socket.emit('command', command, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
      }),
    close: () => socket.close(),
  };
}
