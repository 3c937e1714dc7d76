export type ThrottleLimit = { maxFailures: number; windowMs: number };

/**
 * Per username: enough to slow guessing to a crawl, short enough that a guard who mistypes at
 * 3 a.m. is back in within minutes. Per address: higher, because every seat on the console's own
 * machine shares 127.0.0.1, but it still stops one address cycling through usernames.
 */
export const PER_USERNAME: ThrottleLimit = { maxFailures: 5, windowMs: 5 * 60_000 };
export const PER_ADDRESS: ThrottleLimit = { maxFailures: 30, windowMs: 15 * 60_000 };
/** Keys remembered at most; the oldest are forgotten first (an attacker cycling names cannot grow memory). */
export const MAX_TRACKED_KEYS = 10_000;

/**
 * Counts failed sign-ins per key (a username, an address) in a sliding window. `retryAfterMs`
 * is how long the key must wait, or 0 when it may try.
 */
export function loginThrottle({ maxFailures, windowMs }: ThrottleLimit, now: () => number = Date.now) {
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const times = (failures.get(key) ?? []).filter((at) => at > cutoff);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  };

  return {
    retryAfterMs(keys: readonly string[]): number {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key);
        if (times.length >= maxFailures) wait = Math.max(wait, (times[0] ?? 0) + windowMs - now());
      }
      return Math.max(0, wait);
    },
    fail(keys: readonly string[]): void {
      for (const key of keys) {
        const times = recent(key);
        times.push(now());
        failures.delete(key);
        failures.set(key, times.slice(-maxFailures));
        if (failures.size > MAX_TRACKED_KEYS) failures.delete(failures.keys().next().value ?? key);
      }
    },
    succeed(keys: readonly string[]): void {
      for (const key of keys) failures.delete(key);
    },
  };
}
export type LoginThrottle = ReturnType<typeof loginThrottle>;
