/**
 * Times at the site: a report is read in the site's local time, across midnight and clock changes.
 * Built on Intl only (full ICU ships with Node), with formats written out here rather than left
 * to a locale, so every export reads the same on every machine.
 */
export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timezone, format);
  }
  return format;
}

export function isTimezone(timezone: string): boolean {
  try {
    formatter(timezone);
    return true;
  } catch {
    return false;
  }
}

export function localParts(at: number, timezone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(at)) parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const wholeSecond = (at: number): number => at - (((at % 1000) + 1000) % 1000);
const wallClock = (p: LocalParts): number => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);

/** Local time minus UTC at that instant, in ms (+3 600 000 for BST). */
export function zoneOffsetMs(at: number, timezone: string): number {
  return wallClock(localParts(at, timezone)) - wholeSecond(at);
}

/** The start of the local hour holding `at`. */
export function localHourStart(at: number, timezone: string): number {
  const { minute, second } = localParts(at, timezone);
  return wholeSecond(at) - (minute * 60 + second) * 1000;
}

/** The first local hour boundary after `at`; a repeated hour (clocks going back) is two hours. */
export function nextLocalHour(at: number, timezone: string): number {
  // 61 minutes past the start always lands in the next local hour, whatever the offset does.
  return localHourStart(localHourStart(at, timezone) + 61 * 60_000, timezone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** 2025-11-21T22:14:05+00:00: unambiguous, sortable, and what the CSV export uses. */
export function formatIso(at: number, timezone: string): string {
  const p = localParts(at, timezone);
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return `${date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(zoneOffsetMs(at, timezone))}`;
}

/** Fri 21 Nov 2025 22:14 */
export function formatDateTime(at: number, timezone: string): string {
  const p = localParts(at, timezone);
  const weekday = WEEKDAYS[new Date(wallClock(p)).getUTCDay()] ?? '';
  return `${weekday} ${p.day} ${MONTHS[p.month - 1] ?? ''} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** 21 Nov 22:14:05 */
export function formatDayTime(at: number, timezone: string): string {
  const p = localParts(at, timezone);
  return `${p.day} ${MONTHS[p.month - 1] ?? ''} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** 22:14:05 */
export function formatTime(at: number, timezone: string): string {
  const p = localParts(at, timezone);
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}
