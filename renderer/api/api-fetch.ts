import { watchfloorStore } from '../store/store.js';

/**
 * fetch for the console's own API: same origin, JSON by default, and the signed-in operator's
 * token attached. Every renderer request to /api or /site goes through here.
 */
export function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const token = watchfloorStore.getState().session?.token;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(path, { ...init, headers });
}
