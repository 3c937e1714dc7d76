import type { MqttClient } from 'mqtt';

type Packet = { cmd: string; messageId?: number };
type SendPacket = (packet: Packet, callback?: (error?: Error) => void, ...rest: unknown[]) => void;

/**
 * Holds the client's PUBACKs until the messages they acknowledge are committed.
 *
 * mqtt.js sends a PUBACK as soon as `handleMessage` calls back, and reads the next packet only after
 * that PUBACK is written; holding the callback would serialise ingest to one transaction per message.
 * So the callback goes through at once, and the PUBACK packet itself waits here (mqtt.js is told it
 * was sent, so it keeps reading) until `release()` after the commit. This reaches into mqtt.js's
 * private `_sendPacket`; the version is pinned and test/integration proves acks wait for commits.
 *
 * Held PUBACKs die with their connection: message ids are reused on the next one, so a stale PUBACK
 * could acknowledge a different, uncommitted message. The broker redelivers what was never acked.
 */
export class HeldPubacks {
  private held: Packet[] = [];
  private readonly send: SendPacket;

  constructor(private readonly client: MqttClient) {
    // Private API: see the class comment for why and how it is guarded.
    const internals = client as unknown as { _sendPacket: SendPacket };
    this.send = internals._sendPacket.bind(client);
    internals._sendPacket = (packet, callback, ...rest) => {
      if (packet.cmd !== 'puback') return this.send(packet, callback, ...rest);
      this.held.push(packet);
      callback?.();
    };
    client.on('close', () => this.discard());
  }

  get count(): number {
    return this.held.length;
  }

  /** Sends every PUBACK held so far; call only after the messages they belong to are committed. */
  release(): void {
    const packets = this.held;
    this.held = [];
    if (!this.client.connected) return;
    for (const packet of packets) this.send(packet);
  }

  discard(): void {
    this.held = [];
  }
}
