/**
 * How often a crowded floor's canvas takes its markers' new looks. Each take is one redraw of the
 * canvas and one hand-over of it to the compositor, which without a GPU cost the page's main
 * thread 15 ms and more each (docs/performance.md): at 500 device updates/s every animation frame
 * had one, and those frames were the desk's long tasks. Ten a second is still faster than a guard
 * can read a changed colour; the guard's own click (the selection ring) is drawn at once.
 */
export const CANVAS_RESTYLE_EVERY_MS = 100;

type Timers = {
  set: (callback: () => void, ms: number) => unknown;
  clear: (timer: unknown) => void;
};

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Restyles gathered and applied together at most every `everyMs`, the latest per marker; one
 * applied `now` takes every gathered one with it, in the order they came. Bounded by the markers
 * on the floor: one pending restyle per marker.
 */
export class PacedRestyle<Key> {
  private pending = new Map<Key, () => void>();
  private timer: unknown = null;

  /** `applied` runs after each batch of restyles is applied (the canvas draws them then). */
  constructor(
    private readonly applied: () => void = () => {},
    private readonly everyMs: number = CANVAS_RESTYLE_EVERY_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  later(key: Key, apply: () => void): void {
    this.gather(key, apply);
    this.timer ??= this.timers.set(() => this.flush(), this.everyMs);
  }

  now(key: Key, apply: () => void): void {
    this.gather(key, apply);
    this.flush();
  }

  flush(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const pending = this.pending;
    this.pending = new Map();
    if (pending.size === 0) return;
    for (const apply of pending.values()) apply();
    this.applied();
  }

  /** Drops what is gathered, unapplied, and the timer with it. */
  stop(): void {
    this.pending.clear();
    this.flush();
  }

  /** The latest restyle per marker, moved to the end: restyles apply in the order they last came. */
  private gather(key: Key, apply: () => void): void {
    this.pending.delete(key);
    this.pending.set(key, apply);
  }
}
