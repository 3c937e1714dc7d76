import type { HourBucket } from './shift-report.js';
import { localParts, nextLocalHour } from './site-time.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Alarms raised per local hour of the range. Buckets follow the site's clock, not UTC, so a night
 * shift reads 22, 23, 00 … 05; the first and last are partial when the range is not on the hour.
 * `raisedAt` must be ascending and inside the range.
 */
export function alarmsByHour(
  raisedAt: readonly number[],
  range: { from: number; to: number },
  timezone: string,
): HourBucket[] {
  const buckets: HourBucket[] = [];
  for (let start = range.from; start < range.to;) {
    const end = Math.min(nextLocalHour(start, timezone), range.to);
    const { hour, minute } = localParts(start, timezone);
    buckets.push({ start, end, label: `${pad(hour)}:${pad(minute)}`, alarms: 0 });
    start = end;
  }
  let index = 0;
  for (const at of raisedAt) {
    while (index < buckets.length - 1 && at >= (buckets[index]?.end ?? Infinity)) index += 1;
    const bucket = buckets[index];
    if (bucket) bucket.alarms += 1;
  }
  return buckets;
}
