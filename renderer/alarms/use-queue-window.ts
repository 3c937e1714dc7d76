import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { RowKey } from './queue-view.js';
import { queueWindow, ROW_ESTIMATE_PX, type QueueWindow } from './queue-window.js';

/** Measured line heights kept, by line; past this the oldest go (they are re-measured when drawn again). */
export const MAX_MEASURED_LINES = 5_000;

type View = { top: number; height: number };

const keyOf = (element: Element): RowKey | null => {
  const { alarmId, incidentId } = (element as HTMLElement).dataset;
  if (incidentId !== undefined) return `incident:${Number(incidentId)}`;
  return alarmId === undefined ? null : `alarm:${Number(alarmId)}`;
};

/**
 * The window of queue lines to draw in the scrolling `body`, whose list is `list`: follows the
 * scroll and the view's size, measures the lines it draws (a line with flags is taller), and, when
 * the cursor moves to a line out of the window, draws that line so it can scroll itself into view.
 * The cursor's line stays drawn when the guard scrolls away from it, so the focus stays on it.
 */
export function useQueueWindow(
  body: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  keys: readonly RowKey[],
  cursorKey: RowKey | null,
): QueueWindow {
  const [view, setView] = useState<View>({ top: 0, height: 0 });
  const [, setMeasures] = useState(0);
  const heights = useRef(new Map<RowKey, number>());
  // The cursor as of the last look at the view: until the view has been read again, a moved cursor's line is drawn wherever it is.
  const followed = useRef<RowKey | null>(null);
  const cursor = useRef(cursorKey);
  useLayoutEffect(() => {
    cursor.current = cursorKey;
  }, [cursorKey]);

  useEffect(() => {
    const element = body.current;
    if (!element) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const listTop = list.current
        ? list.current.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop
        : 0;
      const next = { top: element.scrollTop - listTop, height: element.clientHeight };
      followed.current = cursor.current;
      setView((was) => (was.top === next.top && was.height === next.height ? was : next));
    };
    const later = () => (frame ||= requestAnimationFrame(read));
    read();
    element.addEventListener('scroll', later, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    resized?.observe(element);
    return () => {
      element.removeEventListener('scroll', later);
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [body, list]);

  const measurer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = keyOf(entry.target);
        const height = entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
        if (key === null || height === 0 || Math.abs((heights.current.get(key) ?? -1) - height) < 1) continue;
        remember(heights.current, key, height);
        changed = true;
      }
      if (changed) setMeasures((n) => n + 1);
    });
    measurer.current = observer;
    return () => observer.disconnect();
  }, []);

  // After each commit, measure the lines now drawn (observing reports each one's size once, then changes).
  useLayoutEffect(() => {
    const observer = measurer.current;
    if (!observer || !list.current) return;
    observer.disconnect();
    for (const line of list.current.children) observer.observe(line);
  });

  const typical = average(heights.current) ?? ROW_ESTIMATE_PX;
  const lineHeights = keys.map((key) => heights.current.get(key) ?? typical);
  const cursorLine = cursorKey === null ? -1 : keys.indexOf(cursorKey);
  const cursorMoved = cursorKey !== null && cursorKey !== followed.current;
  return queueWindow(lineHeights, view.top, view.height, cursorMoved ? cursorLine : null, cursorLine);
}

function remember(heights: Map<RowKey, number>, key: RowKey, height: number) {
  heights.delete(key);
  heights.set(key, height);
  if (heights.size > MAX_MEASURED_LINES) heights.delete(heights.keys().next().value as RowKey);
}

function average(heights: ReadonlyMap<RowKey, number>): number | null {
  if (heights.size === 0) return null;
  let sum = 0;
  for (const height of heights.values()) sum += height;
  return sum / heights.size;
}
