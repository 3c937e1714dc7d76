import type { Canvas, CircleMarker, CircleMarkerOptions, Point } from 'leaflet';

/** Distinct disc looks kept pre-drawn; a floor has about twenty (states × sizes × selection). Past it all are forgotten. */
export const MAX_DISC_SPRITES = 64;

/** What a disc's picture depends on. */
export type DiscLook = Pick<
  CircleMarkerOptions,
  'color' | 'weight' | 'fillColor' | 'fillOpacity' | 'opacity' | 'lineCap' | 'lineJoin'
> & {
  radius: number;
  dashArray?: string | number[] | undefined;
};

export const discLookKey = (look: DiscLook): string =>
  [
    look.radius,
    look.color,
    look.weight,
    look.fillColor,
    look.fillOpacity,
    look.opacity,
    look.lineCap,
    look.lineJoin,
    String(look.dashArray ?? ''),
  ].join('|');

export type DiscSprite = { image: CanvasImageSource; half: number };

/** A sprite's half-size: the ring's outer edge and a pixel of anti-aliasing, whole pixels so the disc sits on the grid. */
export const spriteHalf = (look: DiscLook): number => Math.ceil(look.radius + (look.weight ?? 0) / 2) + 1;

/** Draws `look` centred in a new square canvas of 2 × half pixels; null where there is no 2-D canvas. */
export type PaintSprite = (look: DiscLook, half: number) => CanvasImageSource | null;

const dashes = (dashArray: DiscLook['dashArray']): number[] =>
  typeof dashArray === 'string' ? dashArray.split(/[ ,]+/).map(Number) : (dashArray ?? []);

/**
 * The disc as Leaflet's canvas renderer draws a circle marker: fill, then the ring. As an
 * ImageBitmap where there is OffscreenCanvas: drawing one is a plain copy, where a canvas source
 * is looked at anew on every draw.
 */
export const paintSprite: PaintSprite = (look, half) => {
  const size = 2 * half;
  const offscreen = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(size, size) : null;
  const canvas = offscreen ?? document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return null;
  ctx.beginPath();
  ctx.arc(half, half, look.radius, 0, Math.PI * 2, false);
  ctx.globalAlpha = look.fillOpacity ?? 0.2;
  ctx.fillStyle = look.fillColor ?? look.color ?? '#3388ff';
  ctx.fill('evenodd');
  if ((look.weight ?? 3) !== 0) {
    ctx.setLineDash(dashes(look.dashArray));
    ctx.globalAlpha = look.opacity ?? 1;
    ctx.lineWidth = look.weight ?? 3;
    ctx.strokeStyle = look.color ?? '#3388ff';
    // Leaflet's defaults: round caps make a dashed ring's short dashes read as a ring.
    ctx.lineCap = look.lineCap === undefined || look.lineCap === 'inherit' ? 'round' : look.lineCap;
    ctx.lineJoin = look.lineJoin === undefined || look.lineJoin === 'inherit' ? 'round' : look.lineJoin;
    ctx.stroke();
  }
  return offscreen ? offscreen.transferToImageBitmap() : canvas;
};

/** Pre-drawn discs by look, bounded by MAX_DISC_SPRITES. */
export class DiscSprites {
  private readonly sprites = new Map<string, DiscSprite | null>();

  constructor(private readonly paint: PaintSprite = paintSprite) {}

  of(look: DiscLook): DiscSprite | null {
    const key = discLookKey(look);
    let sprite = this.sprites.get(key);
    if (sprite === undefined) {
      if (this.sprites.size >= MAX_DISC_SPRITES) this.sprites.clear();
      const half = spriteHalf(look);
      const image = this.paint(look, half);
      sprite = image ? { image, half } : null;
      this.sprites.set(key, sprite);
    }
    return sprite;
  }

  get size(): number {
    return this.sprites.size;
  }
}

/** Leaflet 1.9's canvas renderer and circle marker internals that drawing a disc uses (pinned in package.json). */
type CanvasInternals = {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
  _updateCircle: (layer: CircleInternals) => void;
};
type CircleInternals = CircleMarker & { _point: Point; _radius: number; _empty: () => boolean };

/**
 * Makes `renderer` draw its circle markers as pre-drawn sprites instead of a path each. Without a
 * GPU, Chromium rasterises a canvas's paths in software when it hands the canvas over: a redraw of
 * 5,000 anti-aliased rings took 15–120 ms there, on the page's main thread; copying a small picture
 * is several times cheaper. Leaflet's own drawing is kept for a look it cannot pre-draw.
 */
export function drawDiscsAsSprites(renderer: Canvas, sprites = new DiscSprites()): void {
  const internals = renderer as unknown as CanvasInternals;
  const drawPath = internals._updateCircle.bind(renderer);
  internals._updateCircle = (layer) => {
    if (!internals._drawing || layer._empty()) return;
    const sprite = sprites.of({ ...layer.options, radius: Math.max(Math.round(layer._radius), 1) });
    if (!sprite) return drawPath(layer);
    const ctx = internals._ctx;
    ctx.globalAlpha = 1;
    ctx.drawImage(sprite.image, Math.round(layer._point.x) - sprite.half, Math.round(layer._point.y) - sprite.half);
  };
}
