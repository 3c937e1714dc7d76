import type { IClientOptions } from 'mqtt';
import { MAX_BATCH } from './delivery-batcher.js';

/**
 * Unacknowledged QoS 1 messages the broker may have in flight to the console. PUBACKs wait for the
 * commit, so this caps the batch size, and batch size is most of ingest speed (docs/performance.md).
 * Two batches' worth: the next batch arrives while the last one commits.
 */
export const RECEIVE_WINDOW = 2 * MAX_BATCH;

/**
 * MQTT 5 lets the console ask for its window (Receive Maximum in CONNECT); over MQTT 3.1.1 only the
 * broker's own setting counts (Mosquitto: `max_inflight_messages`, default 20).
 */
export function withReceiveWindow(options: IClientOptions): IClientOptions {
  if (options.protocolVersion !== 5) return options;
  return { ...options, properties: { ...options.properties, receiveMaximum: RECEIVE_WINDOW } };
}
