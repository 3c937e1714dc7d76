import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayForSecondWindow,
  MIN_WINDOW_SIZE,
  restoreBounds,
  type DisplayArea,
  type SavedWindowState,
} from '../../../../electron/shell/windows/bounds.js';

const LEFT: DisplayArea = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const RIGHT: DisplayArea = { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const onRight: SavedWindowState = {
  displayId: 2,
  bounds: { x: 2000, y: 100, width: 1600, height: 900 },
  maximized: false,
};

describe('restoreBounds', () => {
  it('restores a window exactly where it was when its display is still there', () => {
    expect(restoreBounds(onRight, [LEFT, RIGHT])).toEqual(onRight.bounds);
  });

  it('does not restore onto a display that was unplugged', () => {
    expect(restoreBounds(onRight, [LEFT])).toBeUndefined();
  });

  it('pulls a window back inside a display whose resolution shrank', () => {
    const smaller: DisplayArea = { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 720 } };
    expect(restoreBounds(onRight, [LEFT, smaller])).toEqual({ x: 1920, y: 0, width: 1280, height: 720 });
  });

  it('moves a window that hangs off the edge back on screen', () => {
    const offEdge: SavedWindowState = { ...onRight, bounds: { x: 4400, y: -300, width: 1000, height: 800 } };
    expect(restoreBounds(offEdge, [LEFT, RIGHT])).toEqual({ x: 3480, y: 0, width: 1000, height: 800 });
  });

  it('grows a tiny saved window to the usable minimum', () => {
    const tiny: SavedWindowState = { ...onRight, bounds: { x: 2000, y: 100, width: 10, height: 10 } };
    expect(restoreBounds(tiny, [RIGHT])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it.each([
    ['NaN', { x: Number.NaN, y: 0, width: 800, height: 600 }],
    ['Infinity', { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 600 }],
    ['zero size', { x: 0, y: 0, width: 0, height: 600 }],
    ['negative size', { x: 0, y: 0, width: 800, height: -1 }],
  ])('ignores a saved state with %s', (_name, bounds) => {
    expect(restoreBounds({ displayId: 1, bounds, maximized: false }, [LEFT])).toBeUndefined();
  });

  it('returns nothing without a saved state', () => {
    expect(restoreBounds(undefined, [LEFT])).toBeUndefined();
  });

  it('always lands fully inside the saved display (property)', () => {
    const rect = fc.record({
      x: fc.integer({ min: -100_000, max: 100_000 }),
      y: fc.integer({ min: -100_000, max: 100_000 }),
      width: fc.integer({ min: 1, max: 100_000 }),
      height: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(rect, rect, (bounds, workArea) => {
        const result = restoreBounds({ displayId: 9, bounds, maximized: false }, [{ id: 9, workArea }]);
        if (!result) return false;
        return (
          result.x >= workArea.x &&
          result.y >= workArea.y &&
          result.x + result.width <= workArea.x + workArea.width &&
          result.y + result.height <= workArea.y + workArea.height
        );
      }),
    );
  });
});

describe('displayForSecondWindow', () => {
  it('prefers a display the main window is not on', () => {
    expect(displayForSecondWindow([LEFT, RIGHT], 1)).toBe(RIGHT);
    expect(displayForSecondWindow([LEFT, RIGHT], 2)).toBe(LEFT);
  });

  it("shares the main window's display on a single-monitor desk", () => {
    expect(displayForSecondWindow([LEFT], 1)).toBe(LEFT);
  });
});
