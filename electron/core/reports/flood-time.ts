import type { FloodPeriod, FloodSummary } from './shift-report.js';

/** ISA-18.2: more than 10 alarms in 10 minutes is more than one operator can handle well. */
export const FLOOD_WINDOW_MS = 10 * 60_000;
export const FLOOD_THRESHOLD = 10;

/**
 * Exact flood time by a sweep over raise times. An alarm raised at r counts in the window of every
 * instant t with r ≤ t < r + 10 min (the desk's flood meter counts the same way); the range is in
 * flood wherever that count exceeds 10. Raises in the 10 minutes before the range must be passed in:
 * a burst just before `from` floods its first minutes. O(n log n) in the number of raises.
 */
export function floodSummary(raiseTimes: readonly number[], range: { from: number; to: number }): FloodSummary {
  const deltas = new Map<number, number>();
  const add = (at: number, delta: number) => deltas.set(at, (deltas.get(at) ?? 0) + delta);
  for (const raisedAt of raiseTimes) {
    add(raisedAt, 1);
    add(raisedAt + FLOOD_WINDOW_MS, -1);
  }
  const times = [...deltas.keys()].sort((a, b) => a - b);

  const periods: FloodPeriod[] = [];
  let count = 0;
  let busiestWindow = 0;
  times.forEach((at, index) => {
    // All changes at one instant apply together: the count then holds until the next instant.
    count += deltas.get(at) ?? 0;
    const start = Math.max(at, range.from);
    const end = Math.min(times[index + 1] ?? Infinity, range.to);
    if (start >= end) return;
    busiestWindow = Math.max(busiestWindow, count);
    if (count <= FLOOD_THRESHOLD) return;
    const last = periods.at(-1);
    if (last && last.end === start) {
      last.end = end;
      last.peak = Math.max(last.peak, count);
    } else periods.push({ start, end, peak: count });
  });

  const totalMs = periods.reduce((sum, period) => sum + (period.end - period.start), 0);
  return {
    thresholdAlarms: FLOOD_THRESHOLD,
    windowS: FLOOD_WINDOW_MS / 1000,
    totalS: totalMs / 1000,
    periods,
    busiestWindow,
  };
}
