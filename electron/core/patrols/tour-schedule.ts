import type { Tour } from '../../../shared/domain/patrol.js';
import { localParts, zoneOffsetMs } from '../reports/site-time.js';

const DAY_MS = 86_400_000;
const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * The instant a site-local wall time happens. When the clocks skip it the later offset applies
 * (02:30 on a spring-forward night starts at 03:30); when it happens twice, the first one counts.
 */
export function siteInstant(wallMs: number, timezone: string): number {
  const candidates = [wallMs - DAY_MS, wallMs + DAY_MS]
    .map((probe) => wallMs - zoneOffsetMs(probe, timezone))
    .filter((at) => wallMs - at === zoneOffsetMs(at, timezone))
    .sort((a, b) => a - b);
  return candidates[0] ?? wallMs - zoneOffsetMs(wallMs - zoneOffsetMs(wallMs, timezone), timezone);
}

/** Start times of a tour's runs after `after` (exclusive) up to `until` (inclusive), oldest first. */
export function runStarts(tour: Pick<Tour, 'schedule'>, timezone: string, after: number, until: number): number[] {
  const first = localParts(after, timezone);
  const starts: number[] = [];
  // Local days from the day before `after` (a start late on it may still be ahead) to past `until`.
  for (let day = Date.UTC(first.year, first.month - 1, first.day) - DAY_MS; day <= until + 2 * DAY_MS; day += DAY_MS) {
    for (const clock of tour.schedule) {
      const at = siteInstant(day + minutesOf(clock) * 60_000, timezone);
      if (at > after && at <= until) starts.push(at);
    }
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The first start of a tour after `after`. A tour always has a start within a day. */
export function nextRunStart(tour: Pick<Tour, 'schedule'>, timezone: string, after: number): number {
  return runStarts(tour, timezone, after, after + 2 * DAY_MS)[0] ?? after + DAY_MS;
}
