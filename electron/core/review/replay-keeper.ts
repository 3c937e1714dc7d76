import type { Database } from 'better-sqlite3';
import type { Logger } from '../log.js';
import { envFingerprint } from './replay-fingerprint.js';
import { keyframeStore } from './replay-keyframe-store.js';
import { KEYFRAME_EVERY_ROWS, KEYFRAME_SETTLE_MS } from './replay-keyframes.js';
import { replayReader, START } from './replay-reader.js';
import { runReplay, storedLookups, type KeyframeCut } from './replay-run.js';
import { nextTurn, REPLAY_SLICE_ROWS, runSliced } from './replay-sliced.js';
import { emptyWorld, type ReplayEnv } from './replay-world.js';

/**
 * Rows one turn applies at most. A turn that still has settled history ahead ends there and the
 * next starts after KEEPER_CATCH_UP_PAUSE_MS: building an imported log's keyframes takes a share
 * of the desk's thread, not all of it. A turn goes past it until it has cut one keyframe, and the
 * rows since its last keyframe are applied again by the next turn.
 */
export const KEEPER_TURN_ROWS = 50_000;
/** The pause between turns while the keeper is behind. */
export const KEEPER_CATCH_UP_PAUSE_MS = 250;
/** Once caught up, how often the keeper looks for newly settled history. */
export const KEEPER_PERIOD_MS = 60_000;
/** Persisted keyframes per fingerprint at most. Past it the older half is thinned (see thinOlderHalf). */
export const MAX_PERSISTED_KEYFRAMES = 20_000;
/**
 * Bytes of persisted keyframes per fingerprint at most (a big site's world is large). Past it the
 * older half is thinned: seeks into old history replay up to 2×, 4×… the spacing, the file stops growing.
 */
export const KEYFRAME_DISK_BUDGET_BYTES = 256 * 1024 * 1024;

export type KeeperOptions = {
  now?: () => number;
  log?: Logger;
  spacingRows?: number;
  sliceRows?: number;
  turnRows?: number;
  pauseMs?: number;
  periodMs?: number;
  maxKeyframes?: number;
  diskBudgetBytes?: number;
};

/** One turn's work; `behind`: settled history is left for the next turn. */
export type KeeperTurn = { rows: number; keyframes: number; thinned: number; behind: boolean };

/**
 * The keyframe keeper: extends the persisted replay keyframes (migration 011) over settled
 * history, from where they end, so that every seek — the first after start-up included — starts
 * at most about one spacing before its instant. It runs on the desk's thread in slices that yield
 * to the event loop, and writes each keyframe in its own small transaction on the writer
 * connection. Keyframes of another env fingerprint (the placement or policy changed) are deleted.
 */
export function keyframeKeeper(db: Database, env: ReplayEnv, options: KeeperOptions = {}) {
  const {
    now = Date.now,
    log,
    spacingRows = KEYFRAME_EVERY_ROWS,
    sliceRows = REPLAY_SLICE_ROWS,
    turnRows = KEEPER_TURN_ROWS,
    pauseMs = KEEPER_CATCH_UP_PAUSE_MS,
    periodMs = KEEPER_PERIOD_MS,
    maxKeyframes = MAX_PERSISTED_KEYFRAMES,
    diskBudgetBytes = KEYFRAME_DISK_BUDGET_BYTES,
  } = options;
  const store = keyframeStore(db, envFingerprint(env));
  const read = replayReader(db);
  const lookups = storedLookups(db);
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let caughtUpWaiters: (() => void)[] = [];
  let totalRows = 0;
  let behind = false;

  async function turn(): Promise<KeeperTurn> {
    while (!stopped && store.dropForeign() > 0) await nextTurn();
    const done: KeeperTurn = { rows: 0, keyframes: 0, thinned: 0, behind: false };
    if (stopped) return done;
    const from = store.last();
    const world = from?.world ?? emptyWorld(-1);
    const reader = read(from?.position ?? START, now() - KEYFRAME_SETTLE_MS);
    let { count, bytes } = store.totals();
    const cut: KeyframeCut = {
      every: spacingRows,
      rows: 0,
      save(kept, position) {
        bytes += store.put([{ world: kept, position }]);
        count += 1;
        done.keyframes += 1;
        while (count > maxKeyframes || bytes > diskBudgetBytes) {
          const thinned = store.thinOlderHalf();
          if (thinned === 0) break;
          done.thinned += thinned;
          ({ count, bytes } = store.totals());
        }
      },
    };
    let seen = 0;
    const run = await runSliced(
      (runOptions) => runReplay(world, env, reader, lookups, runOptions),
      // Only once it has cut a keyframe: a turn that kept nothing would start the next one from the same place.
      { keyframe: cut, stopBefore: () => ++seen > turnRows && done.keyframes > 0 },
      sliceRows,
      () => stopped,
    );
    done.rows = run.rows;
    done.behind = run.stoppedEarly && !stopped;
    totalRows += run.rows;
    return done;
  }

  function schedule(ms: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = cycle();
    }, ms);
    timer.unref();
  }

  async function cycle(): Promise<void> {
    try {
      const done = await turn();
      if (done.behind && !behind) log?.info('replay keyframes: building over the settled history, in the background');
      if (!done.behind && behind) {
        const { count, bytes } = store.totals();
        log?.info(`replay keyframes: caught up (${count} kept, ${Math.round(bytes / 1024)} KiB)`);
      }
      behind = done.behind;
      if (!done.behind && !stopped) {
        for (const resolve of caughtUpWaiters) resolve();
        caughtUpWaiters = [];
      }
      schedule(done.behind ? pauseMs : periodMs);
    } catch (error) {
      // Keyframes only speed seeks up: a busy or failing database delays them to the next period.
      log?.warn(`replay keyframes not extended: ${(error as Error).message}`);
      schedule(periodMs);
    }
  }

  return {
    /** Starts turning: at once, then after a pause while behind, then every period. */
    start(): void {
      if (!timer && !running) schedule(0);
    },
    /** One turn, for tests and benches that drive the keeper themselves. */
    turn,
    /** Resolves after the next turn that leaves no settled history behind. */
    caughtUp: (): Promise<void> => new Promise((resolve) => caughtUpWaiters.push(resolve)),
    /** What is persisted for this fingerprint, and the rows applied by this keeper so far. */
    status: () => ({ ...store.totals(), rows: totalRows, keptUntil: store.last()?.world.at ?? null }),
    /** Ends after the current slice; no write happens after it resolves. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
export type KeyframeKeeper = ReturnType<typeof keyframeKeeper>;
