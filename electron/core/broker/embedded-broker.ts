import { Aedes } from 'aedes';
import { createServer, type AddressInfo, type Server } from 'node:net';
import type { Delivery } from '../../../shared/contract/decode.js';
import { TOPIC_PREFIX } from '../../../shared/contract/topic.js';
import type { Logger } from '../log.js';

export type EmbeddedBroker = {
  url: string;
  port: number;
  /** Where contract messages this broker cannot route go instead (see `isUnroutable`); until set, they are refused. */
  divertUnroutable(sink: (delivery: Delivery) => void): void;
  close(): Promise<void>;
};

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Where a diverted message is published once quarantined: a '$' topic, which `#` does not match. */
export const DIVERTED_TOPIC = '$watchfloor/quarantined';

/**
 * A contract topic with an empty level ("watchfloor/v1//door-1/access"). Aedes 1.2 routes it to a
 * `+` subscription, but its session store does not match `+` to an empty level, so delivering it at
 * QoS 1 to a persistent session fails ("no such packet") and drops that subscriber: one such
 * publish knocked the console off the broker and made it take redeliveries. The contract refuses
 * these topics anyway, so the broker hands them straight to the console's quarantine instead.
 */
export const isUnroutable = (topic: string): boolean =>
  topic.startsWith(`${TOPIC_PREFIX}/`) && topic.split('/').includes('');

/**
 * An in-process MQTT 3.1.1 broker (Aedes) on loopback, for running without any infrastructure.
 * If the preferred port is taken it takes a free one rather than failing: the console knows
 * where it is either way, and devices get the URL from the start-up message.
 */
export async function startEmbeddedBroker(preferredPort: number, log: Logger): Promise<EmbeddedBroker> {
  const broker = await Aedes.createBroker();
  let divert: ((delivery: Delivery) => void) | null = null;
  const authorizeDefault = broker.authorizePublish;
  broker.authorizePublish = (client, packet, callback) => {
    if (!client || !isUnroutable(packet.topic)) return authorizeDefault.call(broker, client, packet, callback);
    // Refused (the device keeps it and retries) until the console is ready to quarantine it.
    if (!divert) return callback(new Error('the console is not ready for this topic yet'));
    const payload = typeof packet.payload === 'string' ? new TextEncoder().encode(packet.payload) : packet.payload;
    try {
      divert({ topic: packet.topic, payload, receivedAt: Date.now(), retained: packet.retain });
    } catch (error) {
      return callback(error instanceof Error ? error : new Error(String(error)));
    }
    // Published on, acknowledged to the device, but routed nowhere: refusing it would make the device
    // resend it for ever, and filtering it per subscriber upsets the session store the same way.
    packet.topic = DIVERTED_TOPIC;
    packet.retain = false;
    callback(null);
  };

  const server = createServer(broker.handle);
  const host = '127.0.0.1';
  let port: number;
  try {
    port = await listen(server, preferredPort, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || preferredPort === 0) throw error;
    port = await listen(server, 0, host);
    log.warn(`embedded broker: port ${preferredPort} is taken, using ${port} instead`);
  }
  return {
    url: `mqtt://${host}:${port}`,
    port,
    divertUnroutable: (sink) => (divert = sink),
    close: () =>
      new Promise<void>((resolve) => {
        broker.close(() => server.close(() => resolve()));
      }),
  };
}
