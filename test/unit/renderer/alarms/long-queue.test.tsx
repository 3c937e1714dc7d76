// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AlarmQueue } from '../../../../renderer/alarms/AlarmQueue.js';
import { drawnLines, queueWindow, ROW_GAP_PX } from '../../../../renderer/alarms/queue-window.js';
import { installDeskKeys } from '../../../../renderer/keyboard/install-desk-keys.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';

const OPEN_ALARMS = 1_000;
/** What a 1,200 px view and its margins can hold at the smallest plausible row height; far below 1,000. */
const MAX_DRAWN = 60;

const rows = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.alarm-queue__list > li')];
const key = (value: string) =>
  act(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: value, bubbles: true, cancelable: true })));

let uninstallKeys = () => {};
afterEach(() => {
  uninstallKeys();
  cleanup();
});

describe('a long queue', () => {
  const manyAlarms = () =>
    Array.from({ length: OPEN_ALARMS }, (_, n) => alarm(n + 1, { raisedAt: 1_000 + n, deviceId: `door-${n}` }));

  it('draws only the lines near the view, each saying its place in the whole', () => {
    const { container } = render(<AlarmQueue />);
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ alarms: manyAlarms() })));
    const drawn = rows(container);
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(MAX_DRAWN);
    expect(drawn[0]?.dataset.alarmId).toBe('1');
    expect(drawn[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(drawn.every((row) => row.getAttribute('aria-setsize') === String(OPEN_ALARMS))).toBe(true);
    expect(container.querySelector('[data-testid="queue-count"]')?.textContent).toBe(String(OPEN_ALARMS));
    // The lines not drawn keep their room, so the scrollbar says how long the queue is.
    const list = container.querySelector<HTMLElement>('.alarm-queue__list');
    expect(Number.parseFloat(list?.style.paddingBottom ?? '0')).toBeGreaterThan(50_000);

    act(() =>
      watchfloorStore
        .getState()
        .applyDeltas([alarmDelta(11, alarm(5, { raisedAt: 1_004, deviceId: 'door-4', count: 9 }))]),
    );
    expect(rows(container).length).toBeLessThan(MAX_DRAWN);
    expect(container.querySelector('[data-alarm-id="5"]')?.textContent).toContain('×9');
  });

  it('walks the cursor with the desk keys to the last alarm, drawing and focusing each line it lands on', () => {
    const { container } = render(<AlarmQueue />);
    uninstallKeys = installDeskKeys(watchfloorStore, window);
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ alarms: manyAlarms() })));
    key('j');
    expect(container.querySelector<HTMLElement>('[aria-current="true"]')?.dataset.alarmId).toBe('1');
    // Far down the queue, as when the map selects a device's alarm; then on by keys (each press re-renders, so not all 1,000).
    const from = OPEN_ALARMS - 120;
    act(() => watchfloorStore.getState().selectAlarm(from));
    expect(container.querySelector<HTMLElement>('[aria-current="true"]')?.dataset.alarmId).toBe(String(from));
    for (let n = from + 1; n <= OPEN_ALARMS; n++) {
      key('j');
      if (n % 40 !== 0) continue;
      const current = container.querySelector<HTMLElement>('[aria-current="true"]');
      expect(current?.dataset.alarmId).toBe(String(n));
      expect(current?.getAttribute('aria-posinset')).toBe(String(n));
      expect(document.activeElement).toBe(current);
      expect(rows(container).length).toBeLessThan(MAX_DRAWN);
    }
    key('j'); // stops at the end
    expect(watchfloorStore.getState().selectedAlarmId).toBe(OPEN_ALARMS);
    key('k');
    expect(container.querySelector<HTMLElement>('[aria-current="true"]')?.dataset.alarmId).toBe(
      String(OPEN_ALARMS - 1),
    );
  });
});

describe('the queue window', () => {
  const lines = (count: number, height = 94) => Array.from({ length: count }, () => height);
  const slot = 94 + ROW_GAP_PX;

  it('draws the view and its margins, and keeps the room of the lines above and below', () => {
    const window = queueWindow(lines(1_000), 10 * slot, 500);
    expect(window.start).toBeGreaterThan(0);
    expect(window.start).toBeLessThanOrEqual(10 - 5);
    expect(window.end).toBeGreaterThanOrEqual(10 + 5 + 6);
    expect(window.end).toBeLessThan(40);
    expect(window.spaceAbove).toBe(window.start * slot);
    expect(window.spaceAbove + (window.end - window.start) * slot + window.spaceBelow).toBe(1_000 * slot);
  });

  it('draws a line the cursor moved to far from the view, with a view of lines either side of it', () => {
    const window = queueWindow(lines(1_000), 0, 500, 700);
    expect(window.start).toBeLessThan(700 - 5);
    expect(window.end).toBeGreaterThan(700 + 5);
    expect(window.end - window.start).toBeLessThan(40);
    expect(queueWindow(lines(1_000), 0, 500, 3)).toEqual(queueWindow(lines(1_000), 0, 500));
  });

  it('draws everything when everything fits, and nothing when there is nothing', () => {
    expect(queueWindow(lines(4), 0, 800)).toEqual({ start: 0, end: 4, spaceAbove: 0, spaceBelow: 0, kept: null });
    expect(queueWindow([], 0, 800, null, 0)).toEqual({ start: 0, end: 0, spaceAbove: 0, spaceBelow: 0, kept: null });
  });

  /** Where each drawn line's top falls when laid out as the queue lays them out: padding, lines, rooms, gaps. */
  function laidOutTops(heights: readonly number[], window: ReturnType<typeof queueWindow>): Map<number, number> {
    const tops = new Map<number, number>();
    let y = window.spaceAbove;
    for (const item of drawnLines(window)) {
      if ('line' in item) tops.set(item.line, y);
      y += ('line' in item ? (heights[item.line] ?? 0) : item.room) + ROW_GAP_PX;
    }
    // The whole list is as tall as it would be with every line drawn.
    expect(y - ROW_GAP_PX + window.spaceBelow).toBe(heights.reduce((sum, h) => sum + h + ROW_GAP_PX, 0) - ROW_GAP_PX);
    return tops;
  }

  it("keeps the cursor's line drawn where it belongs when the view scrolls away from it, above or below", () => {
    const heights = Array.from({ length: 1_000 }, (_, n) => 80 + ((n * 37) % 50));
    const fullTop = (line: number) => heights.slice(0, line).reduce((sum, h) => sum + h + ROW_GAP_PX, 0);
    for (const [viewTop, keep] of [
      [fullTop(600), 3],
      [fullTop(20), 900],
      [fullTop(500), 499],
      [fullTop(0), 999],
    ] as const) {
      const window = queueWindow(heights, viewTop, 500, null, keep);
      expect(window.end - window.start).toBeLessThan(40);
      const tops = laidOutTops(heights, window);
      expect(tops.get(keep)).toBe(fullTop(keep));
      for (const line of [window.start, window.end - 1]) expect(tops.get(line)).toBe(fullTop(line));
      if (window.kept) expect(window.kept.spaceBetween).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps nothing apart when the cursor is in the window, next to it, or on no line', () => {
    const window = queueWindow(lines(1_000), 10 * slot, 500);
    expect(queueWindow(lines(1_000), 10 * slot, 500, null, window.start + 2)).toEqual(window);
    expect(queueWindow(lines(1_000), 10 * slot, 500, null, -1)).toEqual(window);
    expect(queueWindow(lines(1_000), 10 * slot, 500, null, window.end)).toMatchObject({
      end: window.end + 1,
      kept: null,
    });
    expect(queueWindow(lines(1_000), 10 * slot, 500, null, window.start - 1)).toMatchObject({
      start: window.start - 1,
      kept: null,
    });
  });
});
