import type { ReplayPosition } from './replay-reader.js';
import type { ReplayWorld } from './replay-world.js';

/** A keyframe after this many applied rows: a seek replays at most about this many. */
export const KEYFRAME_EVERY_ROWS = 2_000;
/** Keyframes held in memory. Past it every other one is dropped: the spacing doubles, seeks get slower, memory does not grow. */
export const MAX_KEYFRAMES = 1_000;
/** Only instants this far in the past get keyframes: rows logged later than that could still arrive before them. */
export const KEYFRAME_SETTLE_MS = 5 * 60_000;

export type Keyframe = { world: ReplayWorld; position: ReplayPosition };

/**
 * Snapshots of the replayed desk, computed on demand as seeks pass through history, in order.
 * They are built from the append-only logs, so they stay true as the logs grow.
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

  /** Keeps a keyframe that extends the covered history and is settled; false if it was not kept. */
  offer(frame: Keyframe, now: number): boolean {
    const last = this.frames.at(-1);
    if (frame.world.at >= now - KEYFRAME_SETTLE_MS || (last && frame.world.at <= last.world.at)) return false;
    this.frames.push(frame);
    if (this.frames.length > MAX_KEYFRAMES) this.frames = this.frames.filter((_, index) => index % 2 === 1);
    return true;
  }

  get size(): number {
    return this.frames.length;
  }
}
