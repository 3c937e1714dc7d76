import { useSyncExternalStore } from 'react';

/** One timer for every clock and age on screen, aligned to the wall-clock second so they tick together. */
export const TICK_MS = 1_000;

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleTick(): void {
  timer = setTimeout(
    () => {
      now = Date.now();
      for (const listener of listeners) listener();
      scheduleTick();
    },
    TICK_MS - (Date.now() % TICK_MS),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    scheduleTick();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

/** This seat's clock, re-rendering the caller once a second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
