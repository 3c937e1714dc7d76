/** ISA-18.2: three or more transitions to active within a minute is chattering. */
export const CHATTER_WINDOW_MS = 60_000;
export const CHATTER_TRANSITIONS = 3;
/** Transitions kept per alarm: enough to judge the window, bounded so a stuck sensor cannot grow it. */
export const MAX_TRANSITIONS = 10;

export function recordTransition(
  transitions: readonly number[],
  at: number,
): { transitions: number[]; chattering: boolean } {
  const kept = [...transitions, at].slice(-MAX_TRANSITIONS);
  const recent = kept.filter((time) => time > at - CHATTER_WINDOW_MS).length;
  return { transitions: kept, chattering: recent >= CHATTER_TRANSITIONS };
}
