export type Rect = { x: number; y: number; width: number; height: number };
export type DisplayArea = { id: number; workArea: Rect };

/** Where a window was, on which display. Saved per window role ('main', 'second'). */
export type SavedWindowState = { displayId: number; bounds: Rect; maximized: boolean };

/** Smaller than this and the alarm queue is unusable; a saved size below it is treated as a glitch. */
export const MIN_WINDOW_SIZE = { width: 800, height: 600 } as const;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

function isUsableRect(rect: Rect): boolean {
  return [rect.x, rect.y, rect.width, rect.height].every(Number.isFinite) && rect.width > 0 && rect.height > 0;
}

/**
 * The bounds to reopen a window with, or undefined to let the shell place it afresh. Only if the
 * display it was on is still connected: a desk whose second monitor was unplugged must not open the
 * queue window off-screen where no guard can see it. The result always lies inside that display's
 * work area, even if its resolution shrank.
 */
export function restoreBounds(saved: SavedWindowState | undefined, displays: readonly DisplayArea[]): Rect | undefined {
  if (!saved || !isUsableRect(saved.bounds)) return undefined;
  const display = displays.find((candidate) => candidate.id === saved.displayId);
  if (!display || !isUsableRect(display.workArea)) return undefined;
  const area = display.workArea;
  const width = Math.round(clamp(saved.bounds.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width));
  const height = Math.round(clamp(saved.bounds.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height));
  return {
    x: Math.round(clamp(saved.bounds.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(saved.bounds.y, area.y, area.y + area.height - height)),
    width,
    height,
  };
}

/** For a fresh second window: a display other than the main window's, else the main window's own. */
export function displayForSecondWindow(
  displays: readonly DisplayArea[],
  mainDisplayId: number,
): DisplayArea | undefined {
  return (
    displays.find((display) => display.id !== mainDisplayId) ?? displays.find((display) => display.id === mainDisplayId)
  );
}
