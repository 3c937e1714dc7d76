import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../../../../shared/contract/device-event.js';
import { DEFAULT_ALARM_POLICY } from '../../../../../shared/domain/alarm-policy.js';
import type { PatrolPlan } from '../../../../../shared/domain/patrol.js';
import type { LiveChange } from '../../../../../shared/live/delta.js';
import { DEMO_SITE_DIR } from '../../../../../electron/core/package-root.js';
import { clockTick } from '../../../../../electron/core/situation/clock-tick.js';
import { handleSeatCommand } from '../../../../../electron/core/situation/seat-commands.js';
import { Situation } from '../../../../../electron/core/situation/situation.js';
import { loadSite } from '../../../../../electron/core/site/load-site.js';
import { openStore } from '../../../../../electron/core/store/store.js';
import { tempDir } from '../../../../support/temp-dir.js';

const site = loadSite(DEMO_SITE_DIR);
const dir = tempDir('patrol-situation');
afterAll(() => dir.remove());

// 22:00 in London in November is 22:00Z.
const START = Date.UTC(2026, 10, 20, 22, 0);
const min = (minutes: number) => START + minutes * 60_000;

const plan: PatrolPlan = {
  formatVersion: 1,
  checkpoints: [
    { id: 'tag-g-dock', name: 'Loading dock', floorId: 'g', x: 2.6, y: 12 },
    { id: 'tag-g-lobby', name: 'Lobby', floorId: 'g', x: 55.4, y: 30 },
    { id: 'tag-1-west', name: 'First floor west', floorId: '1', x: 14.6, y: 25.6 },
  ],
  tours: [
    {
      id: 'night',
      name: 'Night patrol',
      schedule: ['22:00'],
      inOrder: true,
      checkpoints: [
        { checkpoint: 'tag-g-dock', dueMin: 3, graceMin: 2 },
        { checkpoint: 'tag-g-lobby', dueMin: 6, graceMin: 2 },
        { checkpoint: 'tag-1-west', dueMin: 10, graceMin: 2 },
      ],
    },
  ],
};

let eventCounter = 0;
const scanEvent = (checkpoint: string, at: number): DeviceEvent => ({
  siteId: 'demo',
  deviceId: checkpoint,
  eventId: `scan-${++eventCounter}`,
  deviceTs: at,
  receivedAt: at,
  channel: 'checkpoint',
  payload: { id: `scan-${eventCounter}`, ts: at, checkpoint, guard: 'J. Okafor' },
});

const patrolRuns = (changes: LiveChange[]) =>
  changes.flatMap((change) => (change.kind === 'patrol' ? [change.run] : []));

describe('patrol tours in the situation', () => {
  const path = join(dir.path, 'desk.db');

  it('tracks scans, raises checkpoint-missed and checkpoint-late alarms, and survives a restart', () => {
    const store = openStore(path);
    const situation = new Situation(store, site, DEFAULT_ALARM_POLICY, plan);
    const within = <T>(work: () => T): T => store.inTransaction(work);

    // A fresh console plans the next run, from now on.
    expect(patrolRuns(within(() => clockTick(situation, min(-30))))).toMatchObject([{ state: 'scheduled' }]);
    expect(patrolRuns(within(() => clockTick(situation, START)))).toMatchObject([{ state: 'in-progress' }]);

    const scanned = within(() => situation.record(scanEvent('tag-g-dock', min(2))));
    expect(patrolRuns(scanned)[0]?.visits[0]).toMatchObject({ result: 'on-time', guard: 'J. Okafor' });

    // The guard skips the lobby: at due + grace it is missed, through the normal alarm lifecycle.
    expect(situation.alarms()).toEqual([]);
    within(() => clockTick(situation, min(8) - 1000));
    expect(situation.alarms()).toEqual([]);
    within(() => clockTick(situation, min(8)));
    const [missed] = situation.alarms();
    expect(missed).toMatchObject({
      deviceId: 'tag-g-lobby',
      condition: 'checkpoint-missed',
      category: 'alarm',
      priority: 2,
      state: 'unacknowledged-returned',
      floorId: 'g',
      zone: 'lobby',
      raisedAt: min(8),
      detail: 'Night patrol (22:00): Lobby not scanned by 22:08 (due 22:06)',
    });
    expect(store.actions.forAlarm(missed?.id ?? 0)[0]).toMatchObject({ action: 'raise', operator: 'system' });

    // A late scan of the last checkpoint: a lower-priority checkpoint-late alarm; the run is over.
    const last = within(() => situation.record(scanEvent('tag-1-west', min(11))));
    expect(patrolRuns(last).find((run) => run.startAt === START)).toMatchObject({ state: 'incomplete' });
    const late = situation.alarms().find((alarm) => alarm.condition === 'checkpoint-late');
    expect(late).toMatchObject({ deviceId: 'tag-1-west', priority: 4, floorId: '1' });
    expect(late?.detail).toBe('Night patrol (22:00): First floor west scanned 1 min after due 22:10 by J. Okafor');

    // A guard acknowledges and resolves the missed checkpoint like any other alarm.
    const actor = { operator: 'A. Osei', seat: 'desk-1' };
    const alarmId = missed?.id ?? 0;
    const ack = within(() =>
      handleSeatCommand(situation, { action: 'acknowledge', alarmId, version: missed?.version ?? 0 }, actor, min(12)),
    );
    expect(ack.result).toEqual({ ok: true });
    const version = situation.alarm(alarmId)?.version ?? 0;
    const resolved = within(() =>
      handleSeatCommand(
        situation,
        { action: 'resolve', alarmId, version, disposition: 'genuine-other', note: 'guard called: lobby door blocked' },
        actor,
        min(13),
      ),
    );
    expect(resolved.result).toEqual({ ok: true });
    expect(situation.alarm(alarmId)).toBeUndefined();
    store.close();

    // After a restart the finished run and the next one are still known.
    const again = openStore(path);
    const restarted = new Situation(again, site, DEFAULT_ALARM_POLICY, plan);
    const runs = restarted.patrols.liveRuns();
    expect(runs.map((run) => run.state)).toEqual(['incomplete', 'scheduled']);
    expect(runs[0]?.visits.map((visit) => visit.result)).toEqual(['on-time', 'missed', 'late']);
    expect(runs[1]?.startAt).toBe(START + 86_400_000);
    again.close();
  });
});
