import type { Weekday } from '../../../shared/domain/alarm-policy.js';

export type LocalTime = { weekday: Weekday; minutes: number };

const WEEKDAY_OF: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, format);
  }
  return format;
}

/** Weekday and minutes since midnight at the site, for schedules written in the site's local time. */
export function localTime(at: number, timezone: string): LocalTime {
  const parts = Object.fromEntries(
    formatter(timezone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const weekday = WEEKDAY_OF[parts.weekday ?? ''] ?? 'mon';
  return { weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
