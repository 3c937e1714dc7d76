import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KEYFRAME_SETTLE_MS } from '../../electron/core/review/replay-keyframes.js';
import { createReplay } from '../../electron/core/review/replay.js';
import { tempDir } from '../support/temp-dir.js';
import { liveDesk, type LiveDesk } from './review-live-desk.js';
import { playNight, T0 } from './review-night.js';

/**
 * Seeks into the last minutes. With the replay's clock at the night's start none of the night has
 * settled (KEYFRAME_SETTLE_MS), as if all of it were minutes old: no settled keyframe covers any
 * of it, and only tail keyframes (replay-tail.ts) can serve a seek.
 */
describe('replay keyframes over the last minutes, not settled yet', () => {
  const dir = tempDir('review-tail');
  let desk: LiveDesk;
  let instants: number[];
  let end: number;

  const loggedInstants = () =>
    desk.store.db
      .prepare('SELECT received_at AS at FROM events UNION SELECT at FROM actions ORDER BY at')
      .pluck()
      .all() as number[];
  /** Replayed from the start of the log every time: no keyframe of any kind. */
  const fromStart = () =>
    createReplay(desk.store.db, desk.site, desk.policy, { persisted: false, keyframeEvery: Number.MAX_SAFE_INTEGER });
  const inTheTail = (now: () => number) =>
    createReplay(desk.store.db, desk.site, desk.policy, { now, keyframeEvery: 3, sliceRows: 4 });

  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    desk = liveDesk(join(dir.path, 'watchfloor.db'));
    playNight(desk);
    vi.useRealTimers();
    const logged = loggedInstants();
    end = Math.max(...logged);
    instants = [...new Set([T0 - 1, ...logged.flatMap((at) => [at - 1, at, at + 1])])].sort((a, b) => a - b);
  });
  afterAll(() => {
    desk.store.close();
    dir.remove();
  });

  it('a seek from a tail keyframe equals a seek replayed from the start, at every instant', async () => {
    const replay = inTheTail(() => T0);
    const plain = fromStart();
    expect(await replay.replay(end)).toEqual(await plain.replay(end));
    expect(replay.tailKeyframes()).toBeGreaterThan(2);
    expect(replay.keyframes()).toBe(0);
    for (const at of instants)
      expect(await replay.replay(at), `at ${at - T0} ms after T0`).toEqual(await plain.replay(at));
    expect(await replay.replay(T0 + 60_000, end)).toEqual(await plain.replay(T0 + 60_000, end));
  });

  it('following up to now leaves tail keyframes, so the first seek into the last minutes starts near it', async () => {
    // The clock just after the night: only its last minutes are recent.
    const replay = createReplay(desk.store.db, desk.site, desk.policy, { now: () => end + 1, keyframeEvery: 1 });
    await replay.follow();
    expect(replay.tailKeyframes()).toBeGreaterThan(0);
    expect(replay.keyframes()).toBeGreaterThan(0);
    const plain = fromStart();
    for (const at of instants.filter((one) => one > end - KEYFRAME_SETTLE_MS))
      expect(await replay.replay(at), `at ${at - T0} ms after T0`).toEqual(await plain.replay(at));
  });

  it('a row logged behind tail keyframes retires them, and every seek stays true', async () => {
    const replay = inTheTail(() => T0);
    await replay.replay(end);
    const held = replay.tailKeyframes();
    expect(held).toBeGreaterThan(2);
    // Logged now, received early in the night: a batch committed late. It takes a door offline then.
    const lateAt = T0 + 90_000;
    const without = await fromStart().replay(lateAt + 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(end + 1);
    desk.publish(lateAt, 'door-g-stores', 'status', { online: false });
    vi.useRealTimers();
    const plain = fromStart();
    expect(await plain.replay(lateAt + 1)).not.toEqual(without);
    expect(await replay.replay(end)).toEqual(await plain.replay(end));
    for (const at of [...instants, lateAt])
      expect(await replay.replay(at), `at ${at - T0} ms`).toEqual(await plain.replay(at));
  });

  it('once settled, tail keyframes move to the settled cache', async () => {
    let now = T0;
    const replay = inTheTail(() => now);
    await replay.replay(end);
    const held = replay.tailKeyframes();
    expect(held).toBeGreaterThan(2);
    now = end + KEYFRAME_SETTLE_MS + 10;
    const plain = fromStart();
    expect(await replay.replay(T0 + 60_000)).toEqual(await plain.replay(T0 + 60_000));
    expect(replay.tailKeyframes()).toBe(0);
    expect(replay.keyframes()).toBeGreaterThanOrEqual(held);
    for (const at of instants) expect(await replay.replay(at)).toEqual(await plain.replay(at));
  });
});
