import { useMemo } from 'react';
import { useSiteTimezone } from '../store/selectors.js';

const HOURS_MS = 60 * 60_000;

export type SiteTimeFormat = (at: number, now?: number) => string;

function formatter(timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone, hourCycle: 'h23' });
  } catch {
    // An unknown zone in the site file must not blank the times; fall back to the seat's zone.
    return new Intl.DateTimeFormat('en-GB', { ...options, hourCycle: 'h23' });
  }
}

/**
 * Site-local wall time, "03:12:05" (or "03:12" without seconds), with the day in front when it is
 * more than 12 hours from `now`.
 */
export function siteTimeFormat(timeZone: string | undefined, seconds = true): SiteTimeFormat {
  const time = formatter(timeZone, { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) });
  const dated = formatter(timeZone, {
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (at, now = at) => (Math.abs(now - at) < 12 * HOURS_MS ? time.format(at) : dated.format(at));
}

export function useSiteTimeFormat(seconds = true): SiteTimeFormat {
  const timeZone = useSiteTimezone() ?? undefined;
  return useMemo(() => siteTimeFormat(timeZone, seconds), [timeZone, seconds]);
}
