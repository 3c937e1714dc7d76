import { Util, type Canvas } from 'leaflet';

/** Leaflet 1.9's canvas renderer internals for its pending redraw (pinned in package.json). */
type RedrawInternals = { _redrawRequest: number | null; _redraw: () => void };

/**
 * Draws a canvas renderer's pending redraw now, in the calling task, instead of at Leaflet's next
 * animation frame. The desk's live updates are also applied at an animation frame
 * (`renderer/api/frame-scheduler.ts`), and the two in one frame made one task of both: a crowded
 * floor's redraw (~30 ms) plus a batch of updates was most of the desk's long tasks.
 */
export function redrawNow(renderer: Canvas): void {
  const internals = renderer as unknown as RedrawInternals;
  if (internals._redrawRequest === null || internals._redrawRequest === undefined) return;
  Util.cancelAnimFrame(internals._redrawRequest);
  internals._redraw();
}
