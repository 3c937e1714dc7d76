import { TOPIC_ID_PATTERN } from './ids.js';

export const CONTRACT_VERSION = 'v1';
export const TOPIC_PREFIX = `watchfloor/${CONTRACT_VERSION}`;

export const CHANNELS = ['alarm', 'camera', 'access', 'status', 'checkpoint'] as const;
export type Channel = (typeof CHANNELS)[number];

export type TopicAddress = { siteId: string; deviceId: string; channel: Channel };

export type TopicParse = { ok: true; address: TopicAddress } | { ok: false; reason: string };

const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/** `watchfloor/v1/{siteId}/{deviceId}/{channel}` → its parts, or why it is not a contract topic. */
export function parseTopic(topic: string): TopicParse {
  const levels = topic.split('/');
  if (levels.length !== 5) return { ok: false, reason: `topic must have 5 levels, has ${levels.length}` };
  const [root, version, siteId, deviceId, channel] = levels as [string, string, string, string, string];
  if (root !== 'watchfloor') return { ok: false, reason: 'topic must start with "watchfloor/"' };
  if (version !== CONTRACT_VERSION) return { ok: false, reason: `unsupported contract version "${version}"` };
  if (!TOPIC_ID_PATTERN.test(siteId)) return { ok: false, reason: 'site id must match [A-Za-z0-9._-]{1,64}' };
  if (!TOPIC_ID_PATTERN.test(deviceId)) return { ok: false, reason: 'device id must match [A-Za-z0-9._-]{1,64}' };
  if (!isChannel(channel)) return { ok: false, reason: `unknown channel "${channel}"` };
  return { ok: true, address: { siteId, deviceId, channel } };
}

export function buildTopic({ siteId, deviceId, channel }: TopicAddress): string {
  if (!TOPIC_ID_PATTERN.test(siteId)) throw new Error(`invalid site id "${siteId}"`);
  if (!TOPIC_ID_PATTERN.test(deviceId)) throw new Error(`invalid device id "${deviceId}"`);
  return `${TOPIC_PREFIX}/${siteId}/${deviceId}/${channel}`;
}

/** The subscription that covers every device and channel of one site, or of all sites. */
export function siteSubscription(siteId?: string): string {
  if (siteId !== undefined && !TOPIC_ID_PATTERN.test(siteId)) throw new Error(`invalid site id "${siteId}"`);
  return `${TOPIC_PREFIX}/${siteId ?? '+'}/+/+`;
}
