import type { TransportHandlers, LiveTransport } from '../../../../renderer/api/live-transport.js';
import type { SeatCommandInput } from '../../../../shared/live/commands.js';
import type { Handshake } from '../../../../shared/live/events.js';

/** Stands in for socket.io: the test plays the core, and sees every handshake the feed would send. */
export class FakeTransport {
  handlers: TransportHandlers | null = null;
  handshake: (() => Handshake) | null = null;
  handshakes: Handshake[] = [];
  reconnects = 0;
  connected = false;
  commands: { command: SeatCommandInput; reply: (result: unknown) => void }[] = [];

  readonly transport: LiveTransport = (handlers, handshake) => {
    this.handlers = handlers;
    this.handshake = handshake;
    this.handshakes.push(handshake());
    return {
      reconnect: () => {
        this.reconnects += 1;
        handlers.onDisconnect('io client disconnect');
        this.handshakes.push(handshake());
      },
      close: () => handlers.onDisconnect('io client disconnect'),
      command: (command, reply) => {
        if (!this.connected) return false;
        this.commands.push({ command, reply });
        return true;
      },
    };
  };

  get core(): TransportHandlers {
    if (!this.handlers) throw new Error('feed not started');
    return this.handlers;
  }
}

/** A frame scheduler the test runs by hand. */
export class ManualFrames {
  private queue: (() => void)[] = [];
  readonly schedule = (callback: () => void) => {
    this.queue.push(callback);
  };
  get pending(): number {
    return this.queue.length;
  }
  runFrame(): void {
    const callbacks = this.queue;
    this.queue = [];
    for (const callback of callbacks) callback();
  }
}
