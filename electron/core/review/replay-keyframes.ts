import type { ReplayPosition } from './replay-reader.js';
import type { ReplayWorld } from './replay-world.js';

/**
 * A keyframe after this many applied rows (at the next change of millisecond): a seek replays at
 * most about this many. Replay costs 25–40 µs of CPU per row on the seeded log; at 500, seeks
 * measured 4–8 ms of CPU at the median and 16–23 ms at worst (1,000: 10–11 and 33–51 ms), which
 * leaves the 100 ms target room for a machine loaded several times over.
 */
export const KEYFRAME_EVERY_ROWS = 500;
/** Keyframes held in memory. Past it every other one is dropped: the spacing doubles, seeks get slower, memory does not grow. */
export const MAX_KEYFRAMES = 1_000;
/** Only instants this far in the past get keyframes: rows logged later than that could still arrive before them. */
export const KEYFRAME_SETTLE_MS = 5 * 60_000;

export type Keyframe = { world: ReplayWorld; position: ReplayPosition };

/**
 * Snapshots of the replayed desk, computed on demand as seeks pass through history, in order.
 * They are built from the append-only logs, so they stay true as the logs grow. They serve
 * seeks beyond what the keyframe keeper has persisted yet (an imported log, before its first
 * build ends); they are lost on restart.
 */
export class KeyframeCache {
  private frames: Keyframe[] = [];

  /** The latest keyframe at or before `at`, if any. */
  latest(at: number): Keyframe | undefined {
    let lo = 0;
    let hi = this.frames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.frames[mid]?.world.at ?? Infinity) <= at) lo = mid + 1;
      else hi = mid;
    }
    return this.frames[lo - 1];
  }

  /** Whether a keyframe at `at` would be kept (settled, and past the last one): the caller copies the world only then. */
  settled(at: number, now: number): boolean {
    const last = this.frames.at(-1);
    return at < now - KEYFRAME_SETTLE_MS && (!last || at > last.world.at);
  }

  /** Keeps a keyframe that extends the covered history and is settled; false if it was not kept. */
  offer(frame: Keyframe, now: number): boolean {
    if (!this.settled(frame.world.at, now)) return false;
    this.frames.push(frame);
    if (this.frames.length > MAX_KEYFRAMES) this.frames = this.frames.filter((_, index) => index % 2 === 1);
    return true;
  }

  get size(): number {
    return this.frames.length;
  }
}
