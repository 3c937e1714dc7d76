/**
 * ISA-18.2's flood: more than 10 alarms raised in 10 minutes is more than one operator can
 * handle well. Counted per seat, from the alarms this seat saw raised.
 */
export const FLOOD_WINDOW_MS = 10 * 60_000;
export const FLOOD_THRESHOLD = 10;
/** Raise times kept; past this the oldest go first (the banner only needs to know "more than 10"). */
export const MAX_TRACKED_RAISES = 1_000;

/** Adds newly raised alarms (by id, so a resent alarm counts once) and forgets those outside the window. */
export function recordRaises(
  previous: ReadonlyMap<number, number>,
  raised: readonly { id: number; raisedAt: number }[],
): ReadonlyMap<number, number> {
  const fresh = raised.filter((alarm) => !previous.has(alarm.id));
  if (fresh.length === 0) return previous;
  const entries = [...previous, ...fresh.map((alarm): [number, number] => [alarm.id, alarm.raisedAt])];
  const newest = Math.max(...entries.map(([, at]) => at));
  const kept = entries.filter(([, at]) => at > newest - FLOOD_WINDOW_MS).sort((a, b) => a[1] - b[1]);
  return new Map(kept.slice(-MAX_TRACKED_RAISES));
}

export function raisesInWindow(raises: ReadonlyMap<number, number>, now: number): number {
  let count = 0;
  for (const at of raises.values()) if (at > now - FLOOD_WINDOW_MS) count += 1;
  return count;
}

export const isFlood = (raisesInLastWindow: number): boolean => raisesInLastWindow > FLOOD_THRESHOLD;
