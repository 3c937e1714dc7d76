/** A logged device event as GET /api/events returns it (newest first). */
export type EventRecord = {
  id: string;
  channel: string;
  receivedAt: number;
  deviceTs: number | null;
  payload: Readonly<Record<string, unknown>>;
};

/** Events shown per device: enough for "what just happened here", small enough to skim. */
export const RECENT_EVENTS_LIMIT = 20;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readEvent(value: unknown): EventRecord | null {
  if (!isRecord(value)) return null;
  const { id, channel, receivedAt, deviceTs, payload } = value;
  if (typeof channel !== 'string' || typeof receivedAt !== 'number') return null;
  return {
    id: typeof id === 'string' ? id : String(receivedAt),
    channel,
    receivedAt,
    deviceTs: typeof deviceTs === 'number' ? deviceTs : null,
    payload: isRecord(payload) ? payload : {},
  };
}

export function parseEvents(value: unknown): EventRecord[] | null {
  if (!isRecord(value) || !Array.isArray(value.events)) return null;
  return value.events.flatMap((item) => readEvent(item) ?? []);
}

export const deviceEventsUrl = (deviceId: string): string =>
  `/api/events?device=${encodeURIComponent(deviceId)}&limit=${RECENT_EVENTS_LIMIT}`;
