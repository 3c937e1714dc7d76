import type { Logger } from '../log.js';
import type { Replay } from './replay.js';

/**
 * How often the console replays up to now. Each run applies the rows logged since the last tail
 * keyframe: at 75 events/s about 2,000–2,500 rows, some milliseconds of the desk's thread in slices.
 */
export const TAIL_FOLLOW_MS = 30_000;

/**
 * Keeps replay's tail keyframes (replay-tail.ts) current in the background, so that the first seek
 * into the last minutes — a supervisor replaying an incident that just happened — starts within
 * about TAIL_FOLLOW_MS of rows of its instant, as seeks into settled history start near theirs.
 */
export function tailFollower(replay: Pick<Replay, 'follow'>, log: Logger, periodMs = TAIL_FOLLOW_MS) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let runs = 0;

  const run = () => {
    if (running || stopped) return;
    running = replay
      .follow(() => stopped)
      .then(() => void (runs += 1))
      .catch((error: unknown) => log.warn(`replay: following the last minutes failed: ${(error as Error).message}`))
      .finally(() => (running = null));
  };

  return {
    start(): void {
      if (timer || stopped) return;
      run();
      timer = setInterval(run, periodMs);
      timer.unref();
    },
    /** Stops the timer and waits for a run under way to end (it ends at its next slice). */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    /** Runs completed, for tests. */
    runs: (): number => runs,
  };
}
