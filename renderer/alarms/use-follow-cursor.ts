import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps the cursor's row in view and, when the guard is working the queue (focus on a row or
 * nowhere), gives it focus, so the focus ring and a screen reader follow the desk keys. Focus in a
 * text box, a dialog or the map is never taken.
 */
export function useFollowCursor<T extends HTMLElement>(selected: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!selected || !element) return;
    element.scrollIntoView?.({ block: 'nearest' });
    const active = document.activeElement;
    const idle = active === null || active === document.body || active.closest('.alarm-queue__body') !== null;
    if (idle && active !== element) element.focus({ preventScroll: true });
  }, [selected]);
  return ref;
}
