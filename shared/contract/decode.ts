import type { DeviceEvent } from './device-event.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';
import { channelPayloadSchemas } from './payloads.js';
import { parseTopic, type TopicParse } from './topic.js';

/** Larger payloads are quarantined unread; no contract payload comes near it. */
export const MAX_PAYLOAD_BYTES = 16 * 1024;

/** Reasons quote parts of what a device sent (a channel name, a parser message): never at any length. */
export const MAX_REASON_LENGTH = 300;

export type Decoded =
  /** `text` is the payload as decoded for parsing; the log stores it as sent, without decoding it twice. */
  | { ok: true; event: DeviceEvent; text: string }
  | { ok: false; reason: string }
  /** Not an event and not an error: a zero-length publish is how MQTT clears a retained message. */
  | { ok: 'ignored'; reason: string };

export type Delivery = { topic: string; payload: Uint8Array; receivedAt: number; retained: boolean };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Valid topics of late and their parse: a site has a few hundred device channels, each parsed once. */
export const MAX_REMEMBERED_TOPICS = 4_096;
const rememberedTopics = new Map<string, TopicParse>();

function parseTopicRemembered(topic: string): TopicParse {
  const known = rememberedTopics.get(topic);
  if (known) return known;
  const parsed = parseTopic(topic);
  if (parsed.ok) {
    // Full: forget them all. Simple, and a broker with more live topics than this only parses more.
    if (rememberedTopics.size >= MAX_REMEMBERED_TOPICS) rememberedTopics.clear();
    rememberedTopics.set(topic, parsed);
  }
  return parsed;
}

function parseJsonObject(bytes: Uint8Array): { ok: true; value: object; text: string } | { ok: false; reason: string } {
  let textValue: string;
  try {
    textValue = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'payload is not valid UTF-8' };
  }
  if (nestsDeeperThan(textValue, MAX_JSON_DEPTH)) {
    return { ok: false, reason: `payload nests deeper than ${MAX_JSON_DEPTH} levels` };
  }
  let value: unknown;
  try {
    value = JSON.parse(textValue);
  } catch (error) {
    return { ok: false, reason: `payload is not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'payload must be a JSON object' };
  }
  return { ok: true, value, text: textValue };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Status without an id is a last will (or a bare retained state). Each delivery of it is a fact of
 * its own: a content-based id would make a device's second will look like a duplicate of its first.
 */
function consoleStatusId(online: boolean, delivery: Delivery): string {
  return `${delivery.retained ? 'retained-' : ''}${online ? 'online' : 'offline'}-${delivery.receivedAt}`;
}

const refused = (reason: string): Decoded => ({
  ok: false,
  reason: reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason,
});

/** Bytes from the broker → a validated device event, or the reason it must be quarantined. */
export function decodeDelivery(delivery: Delivery): Decoded {
  const decoded = decodeUnbounded(delivery);
  return decoded.ok === false ? refused(decoded.reason) : decoded;
}

function decodeUnbounded(delivery: Delivery): Decoded {
  const topic = parseTopicRemembered(delivery.topic);
  if (!topic.ok) return { ok: false, reason: topic.reason };
  if (delivery.payload.byteLength === 0) return { ok: 'ignored', reason: 'empty payload (retained message cleared)' };
  if (delivery.payload.byteLength > MAX_PAYLOAD_BYTES) {
    return { ok: false, reason: `payload of ${delivery.payload.byteLength} bytes exceeds ${MAX_PAYLOAD_BYTES}` };
  }
  const json = parseJsonObject(delivery.payload);
  if (!json.ok) return json;

  const { siteId, deviceId, channel } = topic.address;
  const parsed = channelPayloadSchemas[channel].safeParse(json.value);
  if (!parsed.success)
    return { ok: false, reason: `invalid ${channel} payload: ${describeIssues(parsed.error.issues)}` };

  const payload = parsed.data;
  const eventId = payload.id ?? consoleStatusId('online' in payload && payload.online, delivery);
  const base = { siteId, deviceId, eventId, deviceTs: payload.ts ?? null, receivedAt: delivery.receivedAt };
  // The schema table is keyed by channel, so the payload matches the channel; TS cannot correlate the two.
  return { ok: true, event: { ...base, channel, payload } as DeviceEvent, text: json.text };
}
