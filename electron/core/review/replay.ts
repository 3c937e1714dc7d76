import type { Database } from 'better-sqlite3';
import type { AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import type { Site } from '../../../shared/domain/site.js';
import type { ReplayChange, ReplayResult } from '../../../shared/review/review-results.js';
import { KEYFRAME_EVERY_ROWS, KeyframeCache } from './replay-keyframes.js';
import { replayReader, START, type ReplayPosition, type ReplayReader } from './replay-reader.js';
import { runReplay, storedLookups, type RunOptions } from './replay-run.js';
import { copyWorld, emptyWorld, picture, replayEnv, type ReplayWorld } from './replay-world.js';

/** Changes one replay answer carries at most; playback asks again from where it stopped. */
export const MAX_REPLAY_CHANGES = 20_000;
/**
 * Rows applied between yields to the event loop. A first seek into a long history replays it
 * all; in slices, the live desk (ingest, seats, clock) keeps running meanwhile.
 */
export const REPLAY_SLICE_ROWS = 500;

/** Everything logged after the millisecond `at`. */
const justAfter = (at: number): ReplayPosition => ({
  event: { at, seq: Number.MAX_SAFE_INTEGER },
  action: { at, seq: Number.MAX_SAFE_INTEGER },
});

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the reader to its end in slices of whole milliseconds (a raise row stays with its event),
 * yielding between them; `stopBefore` may end it early. Divergences are summed.
 */
async function runSliced(
  run: (options: RunOptions) => ReturnType<typeof runReplay>,
  options: RunOptions,
  sliceRows: number,
): Promise<{ divergences: number; stoppedEarly: boolean }> {
  let divergences = 0;
  for (;;) {
    let rows = 0;
    let last = -Infinity;
    let slice = false;
    const stats = run({
      ...options,
      stopBefore: (at) => {
        if (options.stopBefore?.(at)) return true;
        slice = rows >= sliceRows && at > last;
        rows += 1;
        last = at;
        return slice;
      },
    });
    divergences += stats.divergences;
    if (!stats.stopped) return { divergences, stoppedEarly: false };
    if (!slice) return { divergences, stoppedEarly: true };
    await nextTurn();
  }
}

/**
 * Shift replay: the desk's devices, open alarms and open incidents as they were at any instant,
 * by applying the logs to the live core's own pure rules from the nearest keyframe; and the
 * ordered changes after it, for playback. `now` and the keyframe spacing are for tests and benches.
 */
export function createReplay(
  db: Database,
  site: Site | null,
  policy: AlarmPolicy,
  {
    now = Date.now,
    keyframeEvery = KEYFRAME_EVERY_ROWS,
    sliceRows = REPLAY_SLICE_ROWS,
  }: { now?: () => number; keyframeEvery?: number; sliceRows?: number } = {},
) {
  const env = replayEnv(site, policy);
  const read = replayReader(db);
  const lookups = storedLookups(db);
  const keyframes = new KeyframeCache();
  const runner = (world: ReplayWorld, reader: ReplayReader) => (options: RunOptions) =>
    runReplay(world, env, reader, lookups, options);

  return {
    /** The picture at `at` and the changes in (at, until], at most MAX_REPLAY_CHANGES (whole milliseconds). */
    async replay(at: number, until = at): Promise<ReplayResult> {
      const frame = keyframes.latest(at);
      const world = frame ? copyWorld(frame.world) : emptyWorld(-1);
      const seek = await runSliced(
        runner(world, read(frame?.position ?? START, at)),
        {
          keyframe: {
            every: keyframeEvery,
            save: (kept, position) => keyframes.offer({ world: kept, position }, now()),
          },
        },
        sliceRows,
      );
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
        divergences: seek.divergences + play.divergences,
      };
    },
    keyframes: (): number => keyframes.size,
  };
}
export type Replay = ReturnType<typeof createReplay>;
