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

export type QueueWindow = {
  /** First line drawn. */
  start: number;
  /** One past the last line drawn. */
  end: number;
  /** Room left for the lines above `start`, and below `end - 1`, so the scrollbar stays true. */
  spaceAbove: number;
  spaceBelow: number;
};

/**
 * The lines to draw for a view of `viewHeight` pixels starting `viewTop` pixels into the list.
 * `mustShow` (the line the cursor has just moved to) is drawn with a view's worth of lines on
 * either side, wherever the view is: the row then scrolls itself into view and takes the focus.
 */
export function queueWindow(
  heights: readonly number[],
  viewTop: number,
  viewHeight: number,
  mustShow: number | null = null,
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
  return { start, end, spaceAbove: slotTop(start), spaceBelow: total - slotTop(end) };
}
