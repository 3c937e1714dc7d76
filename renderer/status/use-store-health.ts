import { useEffect, useState } from 'react';
import type { StoreHealth } from '../../shared/domain/health.js';
import { apiFetch } from '../api/api-fetch.js';

/** How often a seat asks the core whether its database can be written. */
export const STORE_HEALTH_POLL_MS = 5_000;

const isStoreHealth = (value: unknown): value is StoreHealth =>
  typeof value === 'object' && value !== null && typeof (value as StoreHealth).writable === 'boolean';

/**
 * The store part of /api/health, polled: a disk that fills up is rare and slow, so a few seconds
 * of delay cost nothing, and the live socket's contract stays as it is. Null until known, or when
 * the core cannot be reached (the connection indicator says that).
 */
export function useStoreHealth(): StoreHealth | null {
  const [health, setHealth] = useState<StoreHealth | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const body = (await (await apiFetch('/api/health')).json()) as { store?: unknown };
        if (!stopped) setHealth(isStoreHealth(body.store) ? body.store : null);
      } catch {
        if (!stopped) setHealth(null);
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), STORE_HEALTH_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return health;
}
