import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tailFollower } from '../../../../../electron/core/review/replay-tail-follower.js';
import type { Logger } from '../../../../../electron/core/log.js';
import { waitFor } from '../../../../support/wait-for.js';

/** A replay whose follow takes `ms` and says whether it was asked to stop part-way. */
function slowReplay(ms: number, fail = false) {
  const seen = { calls: 0, cancelledAtEnd: [] as boolean[] };
  return {
    seen,
    follow: async (cancelled?: () => boolean) => {
      seen.calls += 1;
      await sleep(ms);
      seen.cancelledAtEnd.push(cancelled?.() ?? false);
      if (fail) throw new Error('database is locked');
    },
  };
}

const logger = () => {
  const warnings: string[] = [];
  const log: Logger = { info: () => {}, warn: (line) => void warnings.push(line), error: () => {} };
  return { log, warnings };
};

describe('the replay tail follower', () => {
  it('follows at once and then every period, one run at a time', async () => {
    const replay = slowReplay(30);
    const follower = tailFollower(replay, logger().log, 10);
    follower.start();
    await waitFor('three runs', () => follower.runs() >= 3);
    // Runs of 30 ms every 10 ms never overlap: every call but the one under way has ended.
    expect(replay.seen.calls - replay.seen.cancelledAtEnd.length).toBeLessThanOrEqual(1);
    await follower.stop();
  });

  it('on stop, waits for the run under way, tells it to end, and runs no more', async () => {
    const replay = slowReplay(50);
    const follower = tailFollower(replay, logger().log, 10);
    follower.start();
    await sleep(10);
    await follower.stop();
    expect(replay.seen.cancelledAtEnd).toEqual([true]);
    await sleep(60);
    expect(replay.seen.calls).toBe(1);
  });

  it('says when a run fails, and goes on', async () => {
    const replay = slowReplay(1, true);
    const { log, warnings } = logger();
    const follower = tailFollower(replay, log, 5);
    follower.start();
    await waitFor('two failed runs', () => replay.seen.calls >= 2);
    await follower.stop();
    expect(warnings[0]).toMatch(/following the last minutes failed: database is locked/);
    expect(follower.runs()).toBe(0);
  });
});
