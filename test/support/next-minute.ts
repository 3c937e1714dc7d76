const MINUTE_MS = 60_000;

/**
 * The first whole minute at least 5 s away, and its HH:MM in the demo site's timezone: a patrol
 * tour scheduled then starts while the test watches.
 */
export function nextMinute(timeZone = 'Europe/London'): { at: number; clock: string } {
  const at = Math.ceil((Date.now() + 5_000) / MINUTE_MS) * MINUTE_MS;
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return { at, clock };
}
