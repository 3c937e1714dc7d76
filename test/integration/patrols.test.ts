import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { PatrolPlan, TourRun } from '../../shared/domain/patrol.js';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { getJson, operatorToken } from '../support/operators.js';
import { connectSeat, type Seat } from '../support/seat.js';
import { nextMinute } from '../support/next-minute.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const MINUTE_MS = 60_000;

const latestRun = (seat: Seat, id: string): TourRun | undefined =>
  [
    ...(seat.snapshots.at(-1)?.patrols?.runs ?? []),
    ...seat.deltas.flatMap((delta) => (delta.kind === 'patrol' ? [delta.run] : [])),
  ]
    .filter((run) => run.id === id)
    .at(-1);

describe('a patrol tour tracked from checkpoint scans through a real broker', () => {
  const site = tempDir('patrol-site');
  const start = nextMinute();
  let core: TestConsole;
  let reader: Publisher;
  let seat: Seat;
  let token: string;

  beforeAll(async () => {
    cpSync(DEMO_SITE_DIR, site.path, { recursive: true });
    // Two tags due a minute in; the lobby has no grace, so skipping it is a miss one minute after the start.
    const plan: PatrolPlan = {
      formatVersion: 1,
      checkpoints: [
        { id: 'tag-g-dock', name: 'Loading dock', floorId: 'g', x: 2.6, y: 12 },
        { id: 'tag-g-lobby', name: 'Lobby', floorId: 'g', x: 55.4, y: 30 },
      ],
      tours: [
        {
          id: 'test-tour',
          name: 'Test patrol',
          schedule: [start.clock],
          inOrder: false,
          checkpoints: [
            { checkpoint: 'tag-g-dock', dueMin: 1, graceMin: 1 },
            { checkpoint: 'tag-g-lobby', dueMin: 1, graceMin: 0 },
          ],
        },
      ],
    };
    writeFileSync(join(site.path, 'patrols.json'), JSON.stringify(plan));
    core = await startTestConsole(['--site', site.path]);
    reader = await connectPublisher(core.brokerUrl);
    token = await operatorToken(core, 'guard', 'j.okafor');
    seat = await connectSeat(core.httpUrl, { token, seat: 'desk-1' });
  });
  afterAll(async () => {
    seat?.close();
    await reader?.close();
    await core?.stop();
    site.remove();
  });

  it('shows the plan and the scheduled run, moves the run along on a scan, and raises checkpoint-missed for a skipped tag', async () => {
    const runId = `test-tour@${start.at}`;
    const snapshot = await waitFor('the snapshot', () => seat.snapshots.at(-1));
    expect(snapshot.patrols?.plan.tours.map((tour) => tour.id)).toEqual(['test-tour']);
    // The desk clock plans the run within a second of start-up.
    await waitFor('the run to be planned', () => latestRun(seat, runId)?.state === 'scheduled');

    await waitFor('the tour to start', () => latestRun(seat, runId)?.state === 'in-progress', 70_000);
    await reader.send('tag-g-dock', 'checkpoint', {
      id: 'scan-1',
      ts: new Date().toISOString(),
      checkpoint: 'tag-g-dock',
      guard: 'J. Okafor',
    });
    const scanned = await waitFor('the scan on the run', () => {
      const run = latestRun(seat, runId);
      return run?.visits[0]?.result === 'on-time' ? run : undefined;
    });
    expect(scanned).toMatchObject({ state: 'in-progress', guard: 'J. Okafor' });
    expect(scanned.visits[1]).toMatchObject({ checkpoint: 'tag-g-lobby', result: 'pending' });

    // Nobody scans the lobby: a minute after the start it is missed, and an alarm reaches the seat.
    const alarm = await waitFor(
      'the checkpoint-missed alarm',
      () =>
        seat.deltas.find(
          (delta): delta is Extract<typeof delta, { kind: 'alarm' }> =>
            delta.kind === 'alarm' &&
            delta.alarm.condition === 'checkpoint-missed' &&
            delta.alarm.deviceId === 'tag-g-lobby',
        )?.alarm,
      70_000,
    );
    expect(alarm.raisedAt).toBeGreaterThanOrEqual(start.at + MINUTE_MS);
    expect(alarm).toMatchObject({ priority: 2, floorId: 'g', zone: 'lobby', state: 'unacknowledged-returned' });
    expect(alarm.checklist.map((step) => step.step)).toContain('Call the patrolling guard on the radio');
    console.log(`checkpoint-missed raised ${alarm.raisedAt - (start.at + MINUTE_MS)} ms after the lobby's due + grace`);
    expect(latestRun(seat, runId)).toMatchObject({ state: 'incomplete' });

    const open = await getJson<{ alarms: Alarm[] }>(core.httpUrl, '/api/alarms?state=open', token);
    expect(open.status).toBe(200);
    expect(open.body.alarms.map((each) => [each.id, each.condition])).toContainEqual([alarm.id, 'checkpoint-missed']);

    // Guards handle it like any other alarm.
    expect(await seat.command({ action: 'acknowledge', alarmId: alarm.id, version: alarm.version })).toEqual({
      ok: true,
    });
  }, 150_000);

  it('keeps the tour run across a restart', async () => {
    const dbPath = core.dbPath;
    seat.close();
    await core.stop();
    core = await startTestConsole(['--site', site.path], dbPath);
    seat = await connectSeat(core.httpUrl, { token: await operatorToken(core, 'guard', 'j.okafor-2'), seat: 'desk-1' });
    const snapshot = await waitFor('the snapshot', () => seat.snapshots.at(-1));
    const run = snapshot.patrols?.runs.find((each) => each.id === `test-tour@${start.at}`);
    expect(run?.visits.map((visit) => visit.result)).toEqual(['on-time', 'missed']);
    expect(run?.state).toBe('incomplete');
  });
});
