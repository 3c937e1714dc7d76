import { MAX_PAYLOAD_BYTES, type Delivery } from './decode.js';

/**
 * How much of a refused message the quarantine keeps: every byte of anything within the payload
 * limit, and the first bytes of anything larger (its full size is in the reason). A device that
 * floods megabyte payloads fills the quarantine at this rate, not at its own.
 */
export const QUARANTINE_KEPT_BYTES = MAX_PAYLOAD_BYTES;

/** A contract topic is under 160 characters; MQTT allows 65,535. */
export const QUARANTINE_KEPT_TOPIC_CHARS = 1024;

const HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

/** The topic and payload as the quarantine stores them, both bounded. */
export function keptForQuarantine(delivery: Pick<Delivery, 'topic' | 'payload'>): {
  topic: string;
  payload: Uint8Array;
} {
  const topic =
    delivery.topic.length > QUARANTINE_KEPT_TOPIC_CHARS
      ? delivery.topic.slice(0, QUARANTINE_KEPT_TOPIC_CHARS).replace(HIGH_SURROGATE, '')
      : delivery.topic;
  const payload =
    delivery.payload.byteLength > QUARANTINE_KEPT_BYTES
      ? delivery.payload.subarray(0, QUARANTINE_KEPT_BYTES)
      : delivery.payload;
  return { topic, payload };
}
