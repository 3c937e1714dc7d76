import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Drill } from '../../../shared/api/drills.js';
import type { Alarm } from '../../../shared/domain/alarm.js';
import type { DrillReport } from '../../../electron/core/reports/drill-report.js';
import type { ShiftReport } from '../../../electron/core/reports/shift-report.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { connectPublisher, type Publisher } from '../../support/mqtt-publisher.js';
import { bearer, getJson, operatorToken } from '../../support/operators.js';
import { connectSeat, type Seat } from '../../support/seat.js';
import { waitFor } from '../../support/wait-for.js';

const post = async (core: TestConsole, path: string, token: string, body?: unknown) => {
  const response = await fetch(new URL(path, core.httpUrl), {
    method: 'POST',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const latest = (seat: Seat, match: (alarm: Alarm) => boolean): Alarm | undefined =>
  [...(seat.snapshots.at(-1)?.alarms ?? []), ...seat.deltas.flatMap((d) => (d.kind === 'alarm' ? [d.alarm] : []))]
    .filter(match)
    .at(-1);

describe('a supervisor runs a drill on a real core; guards handle its alarms; the report scores them', () => {
  let core: TestConsole;
  let device: Publisher;
  let ana: Seat;
  let supervisor: string;
  let guard: string;
  let drill: Drill;
  const startedAt = Date.now();

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    supervisor = await operatorToken(core, 'supervisor', 's.kay');
    guard = await operatorToken(core, 'guard', 'a.osei');
    ana = await connectSeat(core.httpUrl, { token: guard, seat: 'desk-1' });
  });
  afterAll(async () => {
    ana?.close();
    await device?.close();
    await core?.stop();
  });

  it('refuses a guard, starts for a supervisor, and refuses a second drill while one runs', async () => {
    expect((await post(core, '/api/drills', guard, { scenario: 'night-intrusion' })).status).toBe(403);
    expect((await post(core, '/api/drills', supervisor, { scenario: 'no-such-thing' })).status).toBe(400);
    const started = await post(core, '/api/drills', supervisor, { scenario: 'night-intrusion', speed: 20, seed: 7 });
    expect(started.status).toBe(201);
    drill = started.body as unknown as Drill;
    expect(drill).toMatchObject({ scenario: 'night-intrusion', speed: 20, seed: 7, startedBy: 's.kay', endedAt: null });
    const second = await post(core, '/api/drills', supervisor, { scenario: 'alarm-flood' });
    expect(second).toMatchObject({ status: 409, body: { error: `drill ${drill.id} is running: end it first` } });
  });

  it("flags the simulator's alarms as drill alarms, apart from a real alarm on the same device", async () => {
    // A real forced door on the device the scenario forces, raised while the drill plays.
    await device.send('door-g-dock', 'access', { id: 'real-dock-forced', ts: Date.now(), event: 'door-forced' });
    const real = await waitFor('the real alarm', () =>
      latest(ana, (alarm) => alarm.deviceId === 'door-g-dock' && alarm.drill === undefined),
    );
    const fromDrill = await waitFor(
      'a drill alarm from the simulator',
      () => latest(ana, (alarm) => alarm.drill === drill.id && alarm.deviceId === 'door-g-dock'),
      20_000,
    );
    expect(fromDrill.id).not.toBe(real.id);
    expect(latest(ana, (alarm) => alarm.id === real.id)?.count).toBe(1);
  });

  it('scores the guard who acknowledged, ticked and resolved a drill alarm', async () => {
    // Drill traffic from any device is marked the same way; this one the test controls end to end.
    const mark = { drill: drill.id };
    await device.send('gb-g-meeting', 'alarm', {
      id: 'drill-gb-1',
      ts: Date.now(),
      kind: 'glass-break',
      state: 'active',
      ...mark,
    });
    const raised = await waitFor('the drill glass-break', () =>
      latest(ana, (alarm) => alarm.deviceId === 'gb-g-meeting' && alarm.drill === drill.id),
    );
    expect(await ana.command({ action: 'acknowledge', alarmId: raised.id, version: raised.version })).toEqual({
      ok: true,
    });
    const acked = await waitFor('acknowledged', () =>
      latest(ana, (alarm) => alarm.id === raised.id && alarm.state === 'acknowledged-active'),
    );
    const steps = acked.checklist.length;
    expect(steps).toBeGreaterThan(1);
    expect(
      await ana.command({ action: 'checklist', alarmId: raised.id, version: acked.version, step: 0, done: true }),
    ).toEqual({
      ok: true,
    });
    await device.send('gb-g-meeting', 'alarm', {
      id: 'drill-gb-2',
      ts: Date.now(),
      kind: 'glass-break',
      state: 'normal',
      ...mark,
    });
    const returned = await waitFor('returned', () =>
      latest(
        ana,
        (alarm) =>
          alarm.id === raised.id && alarm.state === 'acknowledged-returned' && alarm.checklist[0]?.doneAt !== null,
      ),
    );
    const resolve = {
      action: 'resolve',
      alarmId: raised.id,
      version: returned.version,
      disposition: 'test',
      note: 'drill',
    };
    expect(await ana.command(resolve)).toEqual({ ok: true });

    const ended = await post(core, `/api/drills/${drill.id}/end`, supervisor);
    expect(ended).toMatchObject({ status: 200, body: { id: drill.id, endedBy: 's.kay', endReason: 'ended by s.kay' } });
    expect((await post(core, `/api/drills/${drill.id}/end`, supervisor)).status).toBe(409);
    expect((await post(core, '/api/drills/999/end', supervisor)).status).toBe(404);

    const { status, body: report } = await getJson<DrillReport>(
      core.httpUrl,
      `/api/drills/${drill.id}/report`,
      supervisor,
    );
    expect(status).toBe(200);
    const scored = report.alarms.find((alarm) => alarm.alarmId === raised.id);
    expect(scored).toMatchObject({
      acknowledged: { by: 'a.osei' },
      resolved: { by: 'a.osei', disposition: 'test' },
      checklist: { done: 1, steps },
    });
    expect(report.guards).toEqual([
      expect.objectContaining({
        guard: 'a.osei',
        acknowledged: 1,
        resolved: 1,
        checklistDone: 1,
        checklistSteps: steps,
        stepsTicked: 1,
      }),
    ]);
    expect(report.summary.alarms).toBeGreaterThanOrEqual(2);
    console.log(
      `drill ${drill.id}: ${report.summary.alarms} drill alarms; a.osei acknowledged in ${scored?.acknowledged?.afterS} s, resolved in ${scored?.resolved?.afterS} s`,
    );

    const pdf = await fetch(new URL(`/api/drills/${drill.id}/report?format=pdf`, core.httpUrl), {
      headers: bearer(supervisor),
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await getJson(core.httpUrl, `/api/drills/${drill.id}/report`, guard)).status).toBe(403);
  });

  it('lists the drill, logs its start and end in the chained log, and keeps drill alarms out of the shift report', async () => {
    const { body } = await getJson<{ drills: Drill[] }>(core.httpUrl, '/api/drills', guard);
    expect(body.drills[0]).toMatchObject({ id: drill.id, endedBy: 's.kay' });

    const db = new Database(core.dbPath, { readonly: true });
    try {
      const rows = db
        .prepare(
          "SELECT action, operator, detail FROM actions WHERE action IN ('start-drill', 'end-drill') ORDER BY seq",
        )
        .all() as { action: string; operator: string; detail: string }[];
      expect(rows.map((row) => [row.action, row.operator, JSON.parse(row.detail).drillId])).toEqual([
        ['start-drill', 's.kay', drill.id],
        ['end-drill', 's.kay', drill.id],
      ]);
    } finally {
      db.close();
    }

    const range = `from=${startedAt - 1000}&to=${Date.now() + 1000}`;
    const { body: shift } = await getJson<ShiftReport>(core.httpUrl, `/api/reports/shift?${range}`, supervisor);
    expect(shift.alarms.every((alarm) => alarm.deviceId !== 'gb-g-meeting')).toBe(true);
    expect(shift.alarms.some((alarm) => alarm.deviceId === 'door-g-dock')).toBe(true);
    expect(shift.drills?.map((entry) => entry.drill)).toEqual([drill.id]);
    expect(shift.drills?.[0]?.resolvedAtEnd).toBe(1);
  });
});
