export const FIRST_RECONNECT_MS = 1_000;
export const MAX_RECONNECT_MS = 30_000;

/** Delay before the next reconnect attempt after `failures` consecutive failed ones: 1 s doubling to 30 s. */
export function reconnectDelay(failures: number): number {
  return Math.min(MAX_RECONNECT_MS, FIRST_RECONNECT_MS * 2 ** Math.max(0, failures));
}
