import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { envFingerprint } from '../../electron/core/review/replay-fingerprint.js';
import { keyframeKeeper, type KeeperOptions } from '../../electron/core/review/replay-keeper.js';
import { KEYFRAME_SETTLE_MS } from '../../electron/core/review/replay-keyframes.js';
import { createReplay } from '../../electron/core/review/replay.js';
import { replayEnv } from '../../electron/core/review/replay-world.js';
import { openStore, type Store } from '../../electron/core/store/store.js';
import { tempDir } from '../support/temp-dir.js';
import { liveDesk, type LiveDesk } from './review-live-desk.js';
import { playNight, T0 } from './review-night.js';

const LATER = T0 + 86_400_000;
type KeyframeRow = { id: number; env: string; at: number; event_at: number; event_seq: number; action_seq: number };

describe('persisted replay keyframes and their keeper', () => {
  const dir = tempDir('review-keyframes');
  const file = join(dir.path, 'watchfloor.db');
  let desk: LiveDesk;
  let store: Store;
  /** Every logged instant, the instants either side of it, and one before anything. */
  let instants: number[];

  const env = () => replayEnv(desk.site, desk.policy);
  const keeper = (options: KeeperOptions = {}, db = store.db, replayEnvironment = env()) =>
    keyframeKeeper(db, replayEnvironment, { now: () => LATER, spacingRows: 3, sliceRows: 4, ...options });
  const keyframeRows = (db = store.db) =>
    db
      .prepare('SELECT id, env, at, event_at, event_seq, action_seq FROM replay_keyframes ORDER BY env, at')
      .all() as KeyframeRow[];
  const fromStart = () => createReplay(store.db, desk.site, desk.policy, { persisted: false });

  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    desk = liveDesk(file);
    playNight(desk);
    vi.useRealTimers();
    store = desk.store;
    const logged = store.db
      .prepare('SELECT received_at AS at FROM events UNION SELECT at FROM actions ORDER BY at')
      .pluck()
      .all() as number[];
    instants = [...new Set([T0 - 1, ...logged.flatMap((at) => [at - 1, at, at + 1]), LATER])].sort((a, b) => a - b);
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });
  beforeEach(() => {
    store.db.exec('DELETE FROM replay_keyframes');
  });

  it('a seek from a persisted keyframe equals a seek replayed from the start, at every instant', async () => {
    for (const spacingRows of [1, 2, 3, 7]) {
      store.db.exec('DELETE FROM replay_keyframes');
      const turn = await keeper({ spacingRows }).turn();
      expect(turn.behind).toBe(false);
      expect(turn.keyframes, `spacing ${spacingRows}`).toBeGreaterThan(2);
      const keyframed = createReplay(store.db, desk.site, desk.policy);
      const plain = fromStart();
      const keyframeInstants = keyframeRows().map((row) => row.at);
      for (const at of [...instants, ...keyframeInstants]) {
        const label = `spacing ${spacingRows}, at ${at - T0} ms after T0`;
        expect(await keyframed.replay(at), label).toEqual(await plain.replay(at));
      }
      // Playback from a keyframe's instant too: the same picture and the same changes after it.
      const first = keyframeInstants[1] ?? T0;
      expect(await keyframed.replay(first, LATER)).toEqual(await plain.replay(first, LATER));
    }
  });

  it('past the keyframe limit the older half is thinned, and seeks still give the same pictures', async () => {
    const turn = await keeper({ spacingRows: 1, maxKeyframes: 8 }).turn();
    expect(turn.thinned).toBeGreaterThan(0);
    const rows = keyframeRows();
    expect(rows.length).toBeLessThanOrEqual(8);
    const keyframed = createReplay(store.db, desk.site, desk.policy);
    const plain = fromStart();
    for (const at of instants) expect(await keyframed.replay(at)).toEqual(await plain.replay(at));
  });

  it('a keyframe never splits a millisecond: a raise row stays with its event', async () => {
    await keeper({ spacingRows: 1 }).turn();
    const laterEvents = store.db.prepare('SELECT count(*) FROM events WHERE received_at = ? AND seq > ?').pluck();
    const laterActions = store.db.prepare('SELECT count(*) FROM actions WHERE at = ? AND seq > ?').pluck();
    const raiseInstants = new Set(
      store.db.prepare("SELECT at FROM actions WHERE action = 'raise'").pluck().all() as number[],
    );
    const rows = keyframeRows();
    for (const row of rows) {
      expect(laterEvents.get(row.at, row.event_seq)).toBe(0);
      expect(laterActions.get(row.at, row.action_seq)).toBe(0);
    }
    // The night raises several alarms in the same millisecond as their event; keyframes end on some.
    expect(rows.filter((row) => raiseInstants.has(row.at)).length).toBeGreaterThan(0);
  });

  it('a seek is served by the latest persisted keyframe at or before its instant', async () => {
    await keeper().turn();
    const rows = keyframeRows();
    const marked = rows[Math.floor(rows.length / 2)];
    if (!marked) throw new Error('no keyframes');
    // A mark only the stored keyframe carries: a seek that shows it started there.
    store.db
      .prepare("UPDATE replay_keyframes SET world = json_set(world, '$.divergences', 1000) WHERE id = ?")
      .run(marked.id);
    const replay = createReplay(store.db, desk.site, desk.policy);
    expect((await replay.replay(marked.at)).divergences).toBe(1000);
    expect((await replay.replay(marked.at - 1)).divergences).toBe(0);
  });

  it('keyframes survive reopening the database, and the keeper goes on from them', async () => {
    await keeper({ now: () => T0 + 10 * 60_000 + KEYFRAME_SETTLE_MS }).turn();
    const before = keyframeRows();
    expect(before.length).toBeGreaterThan(2);
    expect(Math.max(...before.map((row) => row.at))).toBeLessThanOrEqual(T0 + 10 * 60_000);
    store.close();
    store = openStore(file);
    expect(keyframeRows()).toEqual(before);
    const reopened = keeper();
    await reopened.turn();
    const after = keyframeRows();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);

    // The same keyframes as one uninterrupted build.
    store.db.exec('DELETE FROM replay_keyframes');
    await keeper().turn();
    const whole = keyframeRows();
    expect(whole.map(({ at, event_seq, action_seq }) => ({ at, event_seq, action_seq }))).toEqual(
      after.map(({ at, event_seq, action_seq }) => ({ at, event_seq, action_seq })),
    );
  });

  it('nothing unsettled is persisted; turns cut short resume where they stopped', async () => {
    let now = T0 + 5 * 60_000 + KEYFRAME_SETTLE_MS;
    const short = keeper({ now: () => now, turnRows: 5 });
    const turns = [];
    for (let turn = await short.turn(); turn.behind; turn = await short.turn()) turns.push(turn);
    expect(turns.length).toBeGreaterThan(1);
    for (const row of keyframeRows()) expect(row.at).toBeLessThan(now - KEYFRAME_SETTLE_MS);
    const settled = keyframeRows().length;
    now = LATER;
    while ((await short.turn()).behind);
    const resumed = keyframeRows();
    expect(resumed.length).toBeGreaterThan(settled);
    store.db.exec('DELETE FROM replay_keyframes');
    await keeper().turn();
    expect(resumed.map((row) => row.at)).toEqual(keyframeRows().map((row) => row.at));
  });

  it('keyframes of another placement or policy are not used, and are replaced', async () => {
    await keeper().turn();
    store.db.exec("UPDATE replay_keyframes SET world = json_set(world, '$.divergences', 1000)");
    const moved = {
      ...desk.site,
      devices: desk.site.devices.map((device) =>
        device.id === 'pir-g-dock' ? { ...device, zone: 'somewhere-else' } : device,
      ),
    };
    const stricter = { ...desk.policy, correlation: { ...desk.policy.correlation, windowS: 30 } };
    for (const [site, policy] of [
      [moved, desk.policy],
      [desk.site, stricter],
    ] as const) {
      const changed = replayEnv(site, policy);
      expect(envFingerprint(changed)).not.toBe(envFingerprint(env()));
      const replay = createReplay(store.db, site, policy);
      for (const at of instants) expect((await replay.replay(at)).divergences).toBeLessThan(1000);
    }
    const changed = replayEnv(moved, desk.policy);
    await keeper({}, store.db, changed).turn();
    const envs = new Set(keyframeRows().map((row) => row.env));
    expect([...envs]).toEqual([envFingerprint(changed)]);
  });

  it('the keeper yields to the event loop between slices, and stops when asked', async () => {
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // Slices end on whole milliseconds: one row asked for, one millisecond's rows applied.
    const turn = await keeper({ sliceRows: 1 }).turn();
    ticking = false;
    const milliseconds = instants.filter((at) => at > T0 - 1 && at < LATER).length / 3;
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(milliseconds / 2));
    expect(turn.rows).toBeGreaterThan(ticks / 2);

    store.db.exec('DELETE FROM replay_keyframes');
    const started = keeper({ sliceRows: 1, spacingRows: 1 });
    started.start();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await started.stop();
    const stoppedAt = keyframeRows().length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(keyframeRows().length).toBe(stoppedAt);
  });

  it('a started keeper catches up in the background', async () => {
    const started = keeper({ pauseMs: 0, turnRows: 10 });
    const caughtUp = started.caughtUp();
    started.start();
    await caughtUp;
    await started.stop();
    const background = keyframeRows().map((row) => row.at);
    store.db.exec('DELETE FROM replay_keyframes');
    await keeper().turn();
    expect(background).toEqual(keyframeRows().map((row) => row.at));
  });
});
