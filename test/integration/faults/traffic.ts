import type { MqttClient } from 'mqtt';
import { loadSite } from '../../../electron/core/site/load-site.js';
import { DEMO_SITE_DIR } from '../../../electron/core/package-root.js';
import { contractTraffic, type Message } from '../../bench/contract-traffic.js';

/** QoS 1 publishes awaited at once; enough to keep a broker busy without unbounded memory. */
export const PUBLISH_WINDOW = 500;

/** Valid contract traffic over the demo site's devices; every id starts with `bench-<start>-`. */
export function demoTraffic(count: number, start: number): Message[] {
  return contractTraffic(loadSite(DEMO_SITE_DIR), count, start);
}

/**
 * Publishes the messages at QoS 1 (each resolved on the broker's PUBACK), a window at a time,
 * until `stop` answers true after a window. Resolves to how many were published (and accepted).
 */
export async function publishUntil(
  client: MqttClient,
  messages: readonly Message[],
  stop: (published: number) => boolean | Promise<boolean>,
): Promise<number> {
  for (let from = 0; from < messages.length; from += PUBLISH_WINDOW) {
    const window = messages.slice(from, from + PUBLISH_WINDOW);
    await Promise.all(window.map((message) => client.publishAsync(message.topic, message.payload, { qos: 1 })));
    if (await stop(from + window.length)) return from + window.length;
  }
  return messages.length;
}

/** Publishes every message at QoS 1 (each resolved on the broker's PUBACK); `after` runs after each window. */
export async function publishAll(
  client: MqttClient,
  messages: readonly Message[],
  after: (published: number) => void | Promise<void> = () => {},
): Promise<void> {
  await publishUntil(client, messages, async (published) => {
    await after(published);
    return false;
  });
}
