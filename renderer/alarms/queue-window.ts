/**
 * Which lines of a long queue to draw: those in the scrolled view and a margin around it. A guard
 * facing 1,000 open alarms sees a dozen at a time; drawing all of them made every alarm update
 * re-check a thousand rows and their subscriptions.
 */

/** A line's height before it has been drawn and measured: an alarm row of three lines. */
export const ROW_ESTIMATE_PX = 92;
/** The gap between lines (`.alarm-queue__list` gap); it belongs to the line above it here. */
export const ROW_GAP_PX = 6;
/** Drawn beyond each edge of the view, so a wheel turn or a key press finds rows already there. */
export const OVERSCAN_PX = 600;
/** The view's height when the page has no layout yet (or none at all, as in a DOM without one). */
export const UNKNOWN_VIEW_PX = 1_200;

/** A line drawn apart from the window, with the room for the lines between them. */
export type KeptLine = { index: number; side: 'above' | 'below'; spaceBetween: number };

/** A queue line to draw, by its index, or the room left for lines not drawn, in pixels. */
export type DrawnItem = { line: number } | { room: number };

export type QueueWindow = {
  /** First line drawn. */
  start: number;
  /** One past the last line drawn. */
  end: number;
  /** Room left for the lines above `start` (or above the kept line), and below `end - 1` (or the kept line), so the scrollbar stays true. */
  spaceAbove: number;
  spaceBelow: number;
  /** The cursor's line when it is out of the window: still drawn, so the focus it holds stays in the queue. */
  kept: KeptLine | null;
};

/**
 * The lines to draw for a view of `viewHeight` pixels starting `viewTop` pixels into the list.
 * `mustShow` (the line the cursor has just moved to) is drawn with a view's worth of lines on
 * either side, wherever the view is: the row then scrolls itself into view and takes the focus.
 * `keep` (the cursor's line) is drawn wherever the view has scrolled to, apart from it if need be:
 * a guard who scrolls the queue with the wheel keeps the focus on the line it was on.
 */
export function queueWindow(
  heights: readonly number[],
  viewTop: number,
  viewHeight: number,
  mustShow: number | null = null,
  keep: number | null = null,
): QueueWindow {
  const height = viewHeight > 0 ? viewHeight : UNKNOWN_VIEW_PX;
  const tops: number[] = [];
  let total = 0;
  for (const line of heights) {
    tops.push(total);
    total += line + ROW_GAP_PX;
  }
  const slotTop = (index: number) => tops[index] ?? total;
  let from = viewTop - OVERSCAN_PX;
  let to = viewTop + height + OVERSCAN_PX;
  if (mustShow !== null && mustShow >= 0 && mustShow < heights.length) {
    const top = slotTop(mustShow);
    if (top < from || top + (heights[mustShow] ?? 0) > to) {
      from = top - height - OVERSCAN_PX;
      to = top + (heights[mustShow] ?? 0) + height + OVERSCAN_PX;
    }
  }
  let start = 0;
  while (start < heights.length && slotTop(start + 1) <= from) start += 1;
  let end = start;
  while (end < heights.length && slotTop(end) < to) end += 1;
  const kept = keep !== null && keep >= 0 && keep < heights.length ? keep : null;
  // A kept line next to the window joins it; one further away is drawn apart, the lines between left as room.
  if (kept !== null && kept === start - 1) start = kept;
  if (kept !== null && kept === end) end += 1;
  const window = { start, end, spaceAbove: slotTop(start), spaceBelow: total - slotTop(end), kept: null };
  if (kept === null || (kept >= start && kept < end)) return window;
  // Between two drawn lines the list's own gap is laid out on each side of the room left for the others.
  return kept < start
    ? {
        ...window,
        spaceAbove: slotTop(kept),
        kept: { index: kept, side: 'above', spaceBetween: slotTop(start) - slotTop(kept + 1) - ROW_GAP_PX },
      }
    : {
        ...window,
        spaceBelow: total - slotTop(kept + 1),
        kept: { index: kept, side: 'below', spaceBetween: slotTop(kept) - slotTop(end) - ROW_GAP_PX },
      };
}

/**
 * The window's lines and the cursor's kept line in one list, in order: one array of keyed rows, so
 * a row moving between the window and the kept place is the same row to React (not re-mounted,
 * which would scroll it back into view and undo the guard's wheel).
 */
export function drawnLines(window: QueueWindow): DrawnItem[] {
  const drawn: DrawnItem[] = [];
  for (let line = window.start; line < window.end; line++) drawn.push({ line });
  const { kept } = window;
  if (kept?.side === 'above') drawn.unshift({ line: kept.index }, { room: kept.spaceBetween });
  if (kept?.side === 'below') drawn.push({ room: kept.spaceBetween }, { line: kept.index });
  return drawn;
}
