import type { SeatCommandInput } from '../../shared/live/commands.js';
import type { LiveDelta } from '../../shared/live/delta.js';
import { SIGN_IN_REQUIRED, type Handshake } from '../../shared/live/events.js';
import type { Snapshot } from '../../shared/live/snapshot.js';
import type { ConnectionState } from './connection-state.js';
import type { FrameScheduler } from './frame-scheduler.js';
import type { LiveConnection, LiveTransport } from './live-transport.js';

/**
 * Deltas waiting for the next frame. Only reached when frames stop for a long time under heavy
 * traffic; the buffer is then dropped and the seat resyncs from a fresh snapshot, which is
 * cheaper than replaying it and can never be wrong.
 */
export const MAX_PENDING_DELTAS = 20_000;

/** Consecutive failed connection attempts after which the seat calls itself offline. */
export const OFFLINE_AFTER_FAILED_ATTEMPTS = 3;

/** Where flushed traffic goes: store actions that each take a whole frame's worth. */
export type LiveSink = {
  applySnapshot(snapshot: Snapshot): void;
  applyDeltas(deltas: LiveDelta[]): void;
  setConnection(state: ConnectionState): void;
};

export type LiveFeedOptions = {
  transport: LiveTransport;
  sink: LiveSink;
  schedule: FrameScheduler;
  /** The session token and seat, read at every (re)connect; the core refuses a seat without a session. */
  credentials?: () => { token: string; seat: string } | null;
  /** The core refused the session (expired, signed out elsewhere, account disabled). */
  onSignInRequired?: () => void;
};

/**
 * Owns the seat's connection to the core. Traffic is buffered here, outside React, and handed
 * to the store at most once per frame; sequence numbers are checked on receipt so a gap is
 * caught before anything from after it is shown.
 */
export class LiveFeed {
  private readonly options: LiveFeedOptions;
  private connection: LiveConnection | null = null;
  private pendingSnapshot: Snapshot | null = null;
  private pendingDeltas: LiveDelta[] = [];
  private flushScheduled = false;
  private failedAttempts = 0;
  /** Set while a gap resync is outstanding; a second gap before it heals means the core cannot fill it. */
  private healingGap = false;
  private everLive = false;
  private state: ConnectionState = 'connecting';
  /** The last sequence received in order; null until a snapshot gave us a baseline. */
  private seq: number | null = null;
  /** The core run `seq` counts in; a restarted core starts a new epoch and numbering again. */
  private epoch: string | null = null;

  constructor(options: LiveFeedOptions) {
    this.options = options;
  }

  get lastSeq(): number | null {
    return this.seq;
  }

  start(): void {
    if (this.connection) return;
    this.options.sink.setConnection(this.state);
    this.connection = this.options.transport(
      {
        onConnect: () => this.connected(),
        onDisconnect: () => this.setState(this.everLive ? 'reconnecting' : 'connecting'),
        onConnectError: (message) =>
          message === SIGN_IN_REQUIRED ? this.options.onSignInRequired?.() : this.connectFailed(),
        onSnapshot: (snapshot) => this.receiveSnapshot(snapshot),
        onDeltas: (deltas) => this.receiveDeltas(deltas),
      },
      () => this.handshake(),
    );
  }

  stop(): void {
    this.connection?.close();
    this.connection = null;
  }

  /** Connect again, resuming after the last applied sequence; used when the operator changes. */
  reconnect(): void {
    this.connection?.reconnect();
  }

  /** Hands a command to the core; false when not connected (socket.io would otherwise send it much later). */
  command(command: SeatCommandInput, reply: (result: unknown) => void): boolean {
    return this.connection?.command(command, reply) ?? false;
  }

  private handshake(): Handshake {
    const credentials = this.options.credentials?.() ?? null;
    const resume = this.seq === null || this.epoch === null ? {} : { epoch: this.epoch, lastSeq: this.seq };
    return credentials === null ? resume : { ...resume, ...credentials };
  }

  private connected(): void {
    this.failedAttempts = 0;
    this.everLive = true;
    this.setState('live');
  }

  private connectFailed(): void {
    this.failedAttempts += 1;
    if (this.failedAttempts >= OFFLINE_AFTER_FAILED_ATTEMPTS) this.setState('offline');
  }

  private receiveSnapshot(snapshot: Snapshot): void {
    // Everything buffered is older than the snapshot or about to be resent after it.
    this.pendingSnapshot = snapshot;
    this.pendingDeltas = [];
    this.seq = snapshot.seq;
    this.epoch = snapshot.epoch;
    this.healingGap = false;
    this.scheduleFlush();
  }

  private receiveDeltas(deltas: readonly LiveDelta[]): void {
    // Before the first snapshot there is nothing to apply deltas to; the snapshot will include them.
    if (this.seq === null) return;
    for (const delta of deltas) {
      if (delta.seq <= this.seq) continue; // already have it (replay after a reconnect)
      if (delta.seq !== this.seq + 1) return this.resync(this.healingGap ? 'unhealed-gap' : 'gap');
      if (this.pendingDeltas.length >= MAX_PENDING_DELTAS) return this.resync('overflow');
      this.pendingDeltas.push(delta);
      this.seq = delta.seq;
      this.healingGap = false;
    }
    this.scheduleFlush();
  }

  /**
   * After a gap the buffered deltas are still good (they end at `seq`), so the core is asked for
   * what follows them. If that does not close the gap, or the buffer overflowed, nothing is
   * resumed: the handshake goes without a sequence and the core sends a snapshot.
   */
  private resync(reason: 'gap' | 'unhealed-gap' | 'overflow'): void {
    if (reason === 'overflow') this.pendingDeltas = [];
    if (reason === 'gap') {
      this.healingGap = true;
    } else {
      this.seq = null;
      this.epoch = null;
      this.healingGap = false;
    }
    this.scheduleFlush();
    this.setState('reconnecting');
    this.connection?.reconnect();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.options.schedule(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const snapshot = this.pendingSnapshot;
    const deltas = this.pendingDeltas;
    this.pendingSnapshot = null;
    this.pendingDeltas = [];
    if (snapshot) this.options.sink.applySnapshot(snapshot);
    if (deltas.length > 0) this.options.sink.applyDeltas(deltas);
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.options.sink.setConnection(state);
  }
}
