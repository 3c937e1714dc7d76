import type { Database } from 'better-sqlite3';
import type { AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import type { Site } from '../../../shared/domain/site.js';
import type { ReplayChange, ReplayResult } from '../../../shared/review/review-results.js';
import { envFingerprint } from './replay-fingerprint.js';
import { keyframeStore } from './replay-keyframe-store.js';
import { KEYFRAME_EVERY_ROWS, KEYFRAME_SETTLE_MS, KeyframeCache, type Keyframe } from './replay-keyframes.js';
import { replayReader, START, type ReplayPosition, type ReplayReader } from './replay-reader.js';
import { runReplay, storedLookups, type RunOptions } from './replay-run.js';
import { REPLAY_SLICE_ROWS, runSliced } from './replay-sliced.js';
import { tailKeyframes } from './replay-tail.js';
import { copyWorld, emptyWorld, picture, replayEnv, type ReplayWorld } from './replay-world.js';

/** Changes one replay answer carries at most; playback asks again from where it stopped. */
export const MAX_REPLAY_CHANGES = 20_000;

/** Everything logged after the millisecond `at`. */
const justAfter = (at: number): ReplayPosition => ({
  event: { at, seq: Number.MAX_SAFE_INTEGER },
  action: { at, seq: Number.MAX_SAFE_INTEGER },
});

/** The later of two keyframes held in memory (the first on a tie: either serves). */
const later = (a: Keyframe | undefined, b: Keyframe | undefined) => (a && b && b.world.at > a.world.at ? b : (a ?? b));

/**
 * Shift replay: the desk's devices, open alarms and open incidents as they were at any instant,
 * by applying the logs to the live core's own pure rules from the nearest keyframe — persisted by
 * the keyframe keeper (replay-keeper.ts), or cached in memory by earlier seeks, over settled
 * history or, while they still hold, the last minutes (replay-tail.ts) — and the ordered
 * changes after it, for playback. `now` and the keyframe spacing are for tests and benches;
 * `persisted: false` ignores the keeper's keyframes (to measure without them).
 */
export function createReplay(
  db: Database,
  site: Site | null,
  policy: AlarmPolicy,
  {
    now = Date.now,
    keyframeEvery = KEYFRAME_EVERY_ROWS,
    sliceRows = REPLAY_SLICE_ROWS,
    persisted = true,
  }: { now?: () => number; keyframeEvery?: number; sliceRows?: number; persisted?: boolean } = {},
) {
  const env = replayEnv(site, policy);
  const read = replayReader(db);
  const lookups = storedLookups(db);
  const stored = persisted ? keyframeStore(db, envFingerprint(env)) : null;
  const keyframes = new KeyframeCache();
  const tail = tailKeyframes(db);
  const runner = (world: ReplayWorld, reader: ReplayReader) => (options: RunOptions) =>
    runReplay(world, env, reader, lookups, options);

  /**
   * The world at `at`, from the latest keyframe before it, leaving keyframes on the way: settled
   * ones in the cache, recent ones in the tail. `cancelled` may end it between slices.
   */
  async function worldAt(at: number, cancelled?: () => boolean): Promise<ReplayWorld> {
    for (const settled of tail.settledUpTo(now() - KEYFRAME_SETTLE_MS - 1)) keyframes.offer(settled, now());
    const marks = tail.marks();
    // A persisted keyframe is decoded fresh, and only if it is later than the ones in memory; those are copied.
    const cached = later(keyframes.latest(at), tail.latest(at));
    const frame =
      stored?.latest(at, cached?.world.at) ?? (cached && { world: copyWorld(cached.world), position: cached.position });
    const world = frame?.world ?? emptyWorld(-1);
    await runSliced(
      runner(world, read(frame?.position ?? START, at)),
      {
        keyframe: {
          every: keyframeEvery,
          rows: 0,
          save: (kept, position) => {
            const time = now();
            if (keyframes.settled(kept.at, time)) keyframes.offer({ world: copyWorld(kept), position }, time);
            else if (kept.at >= time - KEYFRAME_SETTLE_MS) tail.offer({ world: copyWorld(kept), position }, marks);
          },
        },
      },
      sliceRows,
      cancelled,
    );
    return world;
  }

  return {
    /** The picture at `at` and the changes in (at, until], at most MAX_REPLAY_CHANGES (whole milliseconds). */
    async replay(at: number, until = at): Promise<ReplayResult> {
      const world = await worldAt(at);
      world.at = at;
      const result = picture(world);

      const changes: ReplayChange[] = [];
      let stoppedAt: number | null = null;
      const play = await runSliced(
        runner(world, read(justAfter(at), until)),
        {
          onChange: (change) => changes.push(change),
          stopBefore: (rowAt) => {
            const full = changes.length >= MAX_REPLAY_CHANGES && rowAt > (changes.at(-1)?.at ?? at);
            if (full) stoppedAt = rowAt;
            return full;
          },
        },
        sliceRows,
      );
      return {
        picture: result,
        changes,
        until: stoppedAt === null ? until : stoppedAt - 1,
        complete: !play.stoppedEarly,
        // Counted from the start of the log (keyframes carry the count), whichever keyframe served.
        divergences: world.divergences,
      };
    },
    /**
     * Replays up to now, keeping the tail keyframes current: run every so often (replay-tail-follower.ts),
     * a seek into what just happened starts near it, not at the last settled keyframe.
     */
    follow: async (cancelled?: () => boolean): Promise<void> => {
      await worldAt(now(), cancelled);
    },
    /** Keyframes cached in memory by seeks (the persisted ones are the keeper's). */
    keyframes: (): number => keyframes.size,
    /** Keyframes over recent, unsettled history, cut by seeks (replay-tail.ts). */
    tailKeyframes: (): number => tail.size,
  };
}
export type Replay = ReturnType<typeof createReplay>;
