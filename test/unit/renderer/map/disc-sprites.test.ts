// @vitest-environment happy-dom
import { canvas } from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { canvasMarkerStyle } from '../../../../renderer/map/canvas-marker-style.js';
import {
  discLookKey,
  DiscSprites,
  drawDiscsAsSprites,
  MAX_DISC_SPRITES,
  spriteHalf,
  type DiscLook,
} from '../../../../renderer/map/disc-sprites.js';
import type { MarkerLook } from '../../../../renderer/devices/marker-state.js';

const look = (state: MarkerLook['state'], selected = false): DiscLook => {
  const style = canvasMarkerStyle({ state, priority: state === 'alarm' ? 1 : null } as MarkerLook, selected);
  return { ...style, radius: style.radius ?? 5 };
};

describe('disc sprites', () => {
  it('tells every look a floor draws apart, and the same look by the same key', () => {
    const looks = (['alarm', 'trouble', 'offline', 'ok', 'unknown'] as const).flatMap((state) => [
      look(state),
      look(state, true),
    ]);
    const keys = new Set(looks.map(discLookKey));
    // offline and unknown share their look on purpose (same colours and dashes).
    expect(keys.size).toBe(looks.length - 2);
    expect(discLookKey(look('ok'))).toBe(discLookKey({ ...look('ok') }));
    expect(discLookKey({ ...look('offline'), lineCap: 'butt' })).not.toBe(discLookKey(look('offline')));
  });

  it('sizes a sprite to hold the ring and its anti-aliasing on whole pixels', () => {
    expect(spriteHalf({ radius: 5, weight: 2 })).toBe(7);
    expect(spriteHalf({ radius: 7, weight: 4 })).toBe(10);
  });

  it('paints each look once, and forgets them all past its bound', () => {
    const paint = vi.fn(() => ({}) as CanvasImageSource);
    const sprites = new DiscSprites(paint);
    expect(sprites.of(look('ok'))).toBe(sprites.of(look('ok')));
    expect(paint).toHaveBeenCalledTimes(1);
    for (let radius = 1; radius <= MAX_DISC_SPRITES; radius++) sprites.of({ ...look('ok'), radius });
    expect(sprites.size).toBeLessThanOrEqual(MAX_DISC_SPRITES);
  });
});

type FakeCircle = { options: DiscLook; _radius: number; _point: { x: number; y: number }; _empty: () => boolean };

describe('drawDiscsAsSprites', () => {
  const circle = (x: number, y: number): FakeCircle => ({
    options: look('alarm'),
    _radius: 7,
    _point: { x, y },
    _empty: () => false,
  });

  it("copies the look's sprite centred on the marker's pixel instead of drawing a path", () => {
    const renderer = canvas();
    const image = {} as CanvasImageSource;
    drawDiscsAsSprites(renderer, new DiscSprites(() => image));
    const ctx = { drawImage: vi.fn(), arc: vi.fn(), globalAlpha: 0.3 };
    Object.assign(renderer, { _drawing: true, _ctx: ctx });
    (renderer as unknown as { _updateCircle: (c: FakeCircle) => void })._updateCircle(circle(100.4, 50.6));
    const half = spriteHalf(look('alarm'));
    expect(ctx.drawImage).toHaveBeenCalledWith(image, 100 - half, 51 - half);
    expect(ctx.globalAlpha).toBe(1);
    expect(ctx.arc).not.toHaveBeenCalled();
  });

  it("falls back to Leaflet's path where no sprite can be painted, and draws nothing outside a redraw", () => {
    const renderer = canvas();
    drawDiscsAsSprites(renderer, new DiscSprites(() => null));
    const ctx = {
      drawImage: vi.fn(),
      beginPath: vi.fn(),
      arc: vi.fn(),
      fill: vi.fn(),
      stroke: vi.fn(),
      setLineDash: vi.fn(),
    };
    Object.assign(renderer, { _drawing: false, _ctx: ctx });
    const update = (renderer as unknown as { _updateCircle: (c: FakeCircle) => void })._updateCircle;
    update(circle(10, 10));
    expect(ctx.arc).not.toHaveBeenCalled();
    Object.assign(renderer, { _drawing: true });
    update(circle(10, 10));
    expect(ctx.arc).toHaveBeenCalledWith(10, 10, 7, 0, Math.PI * 2, false);
    expect(ctx.drawImage).not.toHaveBeenCalled();
  });
});
