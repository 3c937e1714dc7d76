import { parseIdentity, type SeatIdentity } from './seat-identity.js';

/**
 * URL overrides, for tests and for a second monitor:
 *   ?operator=A.%20Guard&seat=desk-a&role=supervisor  signs this page on as that operator without
 *       asking and without touching what this browser remembers (two test pages can share a profile);
 *       seat defaults to this browser's seat id and role to guard.
 *   ?view=queue  the alarm queue (and detail) only, full width · ?view=map  the floor map only.
 */
export const CONSOLE_VIEWS = ['full', 'queue', 'map'] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];

export function identityFromUrl(search: string, browserSeat: string): SeatIdentity | null {
  const params = new URLSearchParams(search);
  if (!params.has('operator')) return null;
  return parseIdentity({
    operator: params.get('operator') ?? undefined,
    seat: params.get('seat') ?? browserSeat,
    role: params.get('role') ?? undefined,
  });
}

export function consoleViewFromUrl(search: string): ConsoleView {
  const view = new URLSearchParams(search).get('view');
  return view === 'queue' || view === 'map' ? view : 'full';
}
