import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReplayChange } from '../../shared/review/review-results.js';
import { createReplay } from '../../electron/core/review/replay.js';
import { tempDir } from '../support/temp-dir.js';
import { liveDesk, sorted, type LiveDesk } from './review-live-desk.js';
import { playNight, T0 } from './review-night.js';

describe('shift replay equals the live desk', () => {
  const dir = tempDir('review-replay');
  let desk: LiveDesk;
  let snapshots: ReturnType<typeof playNight>;

  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    desk = liveDesk(join(dir.path, 'watchfloor.db'));
    snapshots = playNight(desk);
    vi.useRealTimers();
  });
  afterAll(() => {
    desk.store.close();
    dir.remove();
  });

  it('the night exercised what it should', async () => {
    const actions = desk.store.actions.query({ limit: 1000 }).map((row) => row.action);
    for (const action of ['raise', 'acknowledge', 'note', 'checklist', 'dispatch', 'claim', 'reset', 'resolve'])
      expect(actions).toContain(action);
    for (const action of ['escalate', 'shelve', 'unshelve', 'out-of-service', 'return-to-service'])
      expect(actions).toContain(action);
    expect(snapshots.some((s) => s.picture.incidents.length > 0)).toBe(true);
  });

  it('the picture at every recorded instant is the live one', async () => {
    const replay = createReplay(desk.store.db, desk.site, desk.policy);
    for (const { at, label, picture } of snapshots) {
      const replayed = await replay.replay(at);
      expect(sorted(replayed.picture), label).toEqual(picture);
      expect(replayed.divergences, label).toBe(0);
    }
  });

  it('seeking through keyframes, in slices, gives the same pictures in any order of seeks', async () => {
    const replay = createReplay(desk.store.db, desk.site, desk.policy, {
      now: () => T0 + 86_400_000,
      keyframeEvery: 3,
    });
    for (const { at, label, picture } of [...snapshots].reverse()) {
      expect(sorted((await replay.replay(at)).picture), label).toEqual(picture);
    }
    expect(replay.keyframes()).toBeGreaterThan(5);
    for (const { at, label, picture } of snapshots)
      expect(sorted((await replay.replay(at)).picture), label).toEqual(picture);
  });

  it('a picture plus the changes after it is the later picture', async () => {
    const replay = createReplay(desk.store.db, desk.site, desk.policy, { sliceRows: 2 });
    const first = snapshots[1];
    const last = snapshots.at(-1);
    if (!first || !last) throw new Error('no snapshots');
    const played = await replay.replay(first.at, last.at);
    expect(played.complete).toBe(true);
    const devices = new Map(played.picture.devices.map((d) => [d.deviceId, d]));
    const alarms = new Map(played.picture.alarms.map((a) => [a.id, a]));
    const incidents = new Map(played.picture.incidents.map((i) => [i.id, i]));
    let previous = first.at;
    for (const change of played.changes satisfies ReplayChange[]) {
      expect(change.at).toBeGreaterThanOrEqual(previous);
      previous = change.at;
      if (change.kind === 'device') devices.set(change.device.deviceId, change.device);
      else if (change.kind === 'alarm' && change.alarm.state === 'resolved') alarms.delete(change.alarm.id);
      else if (change.kind === 'alarm') alarms.set(change.alarm.id, change.alarm);
      else if (change.incident.closedAt !== null) incidents.delete(change.incident.id);
      else incidents.set(change.incident.id, change.incident);
    }
    const rebuilt = {
      devices: [...devices.values()],
      alarms: [...alarms.values()],
      incidents: [...incidents.values()],
    };
    expect(sorted(rebuilt)).toEqual(last.picture);
  });

  it('between two recorded instants, the picture is the earlier one', async () => {
    const replay = createReplay(desk.store.db, desk.site, desk.policy);
    for (const [index, { at, picture }] of snapshots.entries()) {
      const next = snapshots[index + 1];
      if (next && next.at - at > 2) expect(sorted((await replay.replay(at + 1)).picture)).toEqual(picture);
    }
  });

  it('before anything was logged, the picture is empty', async () => {
    const replay = createReplay(desk.store.db, desk.site, desk.policy);
    expect((await replay.replay(T0 - 1)).picture).toEqual({ at: T0 - 1, devices: [], alarms: [], incidents: [] });
  });
});
