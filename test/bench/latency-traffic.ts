import mqtt from 'mqtt';
import type { Message } from './contract-traffic.js';

const TICK_MS = 5;
/** After a stall (a loaded machine), at most this many messages go out in one tick: a catch-up, not a flood. */
const MAX_BURST = 200;

export type PacedTraffic = { sent(): number; stop(): Promise<void> };

/**
 * Publishes `messages` at QoS 1 at a steady `perSecond`, as a site's devices would: each tick sends
 * what is due since the start, so a late tick catches up instead of lowering the rate.
 */
export async function startPacedTraffic(
  url: string,
  messages: readonly Message[],
  perSecond: number,
): Promise<PacedTraffic> {
  const client = await mqtt.connectAsync(url, { clientId: `bench-background-${process.pid}`, reconnectPeriod: 0 });
  const started = performance.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.min(messages.length, Math.floor(((performance.now() - started) / 1000) * perSecond));
    for (let burst = 0; sent < due && burst < MAX_BURST; burst++, sent++) {
      const message = messages[sent];
      if (message) client.publish(message.topic, message.payload, { qos: 1 });
    }
  }, TICK_MS);
  return {
    sent: () => sent,
    stop: async () => {
      clearInterval(timer);
      await client.endAsync();
    },
  };
}
