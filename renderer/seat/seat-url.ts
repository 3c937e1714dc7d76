import { isSeatId } from './seat-identity.js';

/**
 * URL choices, for a second monitor and for tests:
 *   ?seat=desk-a   this page acts as desk position "desk-a" instead of this browser's own seat id
 *                  (two pages in one browser profile can be two desks);
 *   ?view=queue    the alarm queue (and detail) only, full width · ?view=map  the floor map only;
 *   ?view=admin    operator accounts (admins);
 *   ?view=walkthrough  the walkthrough planner (supervisors);
 *   ?view=site     the site editor (admins);
 *   ?view=review   the shift log, note search and replay (supervisors);
 *   ?view=drills   training drills: start, end, report (supervisors).
 */
export const CONSOLE_VIEWS = ['full', 'queue', 'map', 'admin', 'walkthrough', 'review', 'site', 'drills'] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];

export function seatFromUrl(search: string): string | null {
  const seat = new URLSearchParams(search).get('seat');
  return isSeatId(seat) ? seat : null;
}

export function consoleViewFromUrl(search: string): ConsoleView {
  const view = new URLSearchParams(search).get('view');
  return CONSOLE_VIEWS.find((known) => known === view) ?? 'full';
}
