// @vitest-environment happy-dom
import { canvas, Util } from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { redrawNow } from '../../../../renderer/map/canvas-redraw.js';

describe('redrawNow', () => {
  it("draws a pending redraw at once, and Leaflet's animation frame for it never comes", async () => {
    const renderer = canvas();
    const redraw = vi.fn();
    const atFrame = vi.fn();
    Object.assign(renderer, { _redrawRequest: Util.requestAnimFrame(atFrame), _redraw: redraw });
    redrawNow(renderer);
    expect(redraw).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(atFrame).not.toHaveBeenCalled();
  });

  it('does nothing when no redraw is pending', () => {
    const renderer = canvas();
    const redraw = vi.fn();
    Object.assign(renderer, { _redrawRequest: null, _redraw: redraw });
    redrawNow(renderer);
    expect(redraw).not.toHaveBeenCalled();
  });
});
