import { Aedes } from 'aedes';
import { createServer, type AddressInfo, type Server } from 'node:net';
import type { Logger } from '../log.js';

export type EmbeddedBroker = { url: string; port: number; close(): Promise<void> };

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

/**
 * An in-process MQTT 3.1.1 broker (Aedes) on loopback, for running without any infrastructure.
 * If the preferred port is taken it takes a free one rather than failing: the console knows
 * where it is either way, and devices get the URL from the start-up message.
 */
export async function startEmbeddedBroker(preferredPort: number, log: Logger): Promise<EmbeddedBroker> {
  const broker = await Aedes.createBroker();
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
    close: () =>
      new Promise<void>((resolve) => {
        broker.close(() => server.close(() => resolve()));
      }),
  };
}
