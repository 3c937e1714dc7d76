/** Commands a seat may send per second on average, and in one burst; a key-repeat storm is refused, not queued. */
export const COMMANDS_PER_SECOND = 10;
export const COMMAND_BURST = 20;

/** A token bucket per seat connection. */
export function commandRateLimiter(now: () => number = Date.now) {
  let tokens = COMMAND_BURST;
  let last = now();
  return (): boolean => {
    const current = now();
    tokens = Math.min(COMMAND_BURST, tokens + ((current - last) / 1000) * COMMANDS_PER_SECOND);
    last = current;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
