import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import { channelPayloadSchemas } from '../../../shared/contract/payloads.js';
import type { Channel } from '../../../shared/contract/topic.js';

/** One events row as the replay reader reads it (raw, in this column order). */
export type StoredEventRow = [
  seq: number,
  eventId: string,
  siteId: string,
  deviceId: string,
  channel: Channel,
  deviceTs: number | null,
  receivedAt: number,
  payload: string,
];

/**
 * The stored payload through the channel's contract schema, as the live decode did; null if it no
 * longer parses. The stored id and device time are the ones the event was logged under; a payload
 * without them (a status last will) was given them by the console, so it is judged with them — a
 * payload's own id or ts wins, as in `{ id, ts, ...payload }`. The freshly parsed object is filled
 * in place rather than spread into a new one: replay decodes every row, and the copy showed in
 * its profile. The schema builds its own output, so nothing else ever sees the filled object.
 */
export function storedEvent(row: StoredEventRow): DeviceEvent | null {
  const [, eventId, siteId, deviceId, channel, deviceTs, receivedAt, payload] = row;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  // An array would spread into index keys, which no channel's schema accepts.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const input = json as Record<string, unknown>;
  if (!Object.hasOwn(input, 'id')) input.id = eventId;
  if (deviceTs !== null && !Object.hasOwn(input, 'ts')) input.ts = deviceTs;
  const parsed = channelPayloadSchemas[channel].safeParse(input);
  if (!parsed.success) return null;
  // The schema table is keyed by channel, so the payload matches the channel; TS cannot correlate the two.
  return { siteId, deviceId, eventId, deviceTs, receivedAt, channel, payload: parsed.data } as DeviceEvent;
}
