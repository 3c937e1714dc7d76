const HOUR_MS = 3_600_000;

/** The site's UTC offset at `at`, in ms (what Intl says the wall clock shows there). */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant the site's clock reads `hour`:00 on the site-local day `dayOffset` days from the day of `now`. */
export function siteHour(now: number, timeZone: string, dayOffset: number, hour: number): number {
  const local = new Date(now + offsetAt(now, timeZone));
  const wall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + dayOffset, hour);
  // Twice: the offset at the guess can differ from the offset at the answer across a clock change.
  const guess = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(guess, timeZone);
}

export type RangePreset = { label: string; from: number; to: number };

/**
 * The ranges a supervisor asks for most, in the site's time: last night's shift (22:00 to 06:00
 * ending this morning, or the night before if it is not over yet), today's early and late shifts,
 * and the last 8 and 24 hours.
 */
export function rangePresets(now: number, timeZone: string): RangePreset[] {
  const thisMorning = siteHour(now, timeZone, 0, 6);
  const nightEnd = thisMorning <= now ? thisMorning : siteHour(now, timeZone, -1, 6);
  const nightStart = siteHour(nightEnd - 12 * HOUR_MS, timeZone, 0, 22);
  return [
    { label: "Last night's shift", from: nightStart, to: nightEnd },
    { label: 'Early shift today', from: siteHour(now, timeZone, 0, 6), to: siteHour(now, timeZone, 0, 14) },
    { label: 'Late shift today', from: siteHour(now, timeZone, 0, 14), to: siteHour(now, timeZone, 0, 22) },
    { label: 'Last 8 hours', from: now - 8 * HOUR_MS, to: now },
    { label: 'Last 24 hours', from: now - 24 * HOUR_MS, to: now },
  ];
}
