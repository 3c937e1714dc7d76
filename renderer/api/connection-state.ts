/**
 * The seat's link to the core, as a guard needs to read it: is the picture on screen live?
 * connecting: never synced yet · live: synced and receiving · reconnecting: lost or resyncing,
 * showing the last known picture · offline: repeated failures, the picture is stale.
 */
export const CONNECTION_STATES = ['connecting', 'live', 'reconnecting', 'offline'] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];
