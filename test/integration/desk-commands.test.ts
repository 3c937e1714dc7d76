import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alarm } from '../../shared/domain/alarm.js';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { bearer, getJson, operatorToken } from '../support/operators.js';
import { connectSeat, type Seat } from '../support/seat.js';
import { waitFor } from '../support/wait-for.js';

const latest = (seat: Seat, id: number): Alarm | undefined =>
  [...(seat.snapshots.at(-1)?.alarms ?? []), ...seat.deltas.flatMap((d) => (d.kind === 'alarm' ? [d.alarm] : []))]
    .filter((alarm) => alarm.id === id)
    .at(-1);

describe('guards handle an alarm over the live socket, from two seats', () => {
  let core: TestConsole;
  let device: Publisher;
  let ana: Seat;
  let ben: Seat;
  let watcher: Seat;

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    ana = await connectSeat(core.httpUrl, { token: await operatorToken(core, 'guard', 'a.osei'), seat: 'desk-1' });
    ben = await connectSeat(core.httpUrl, { token: await operatorToken(core, 'guard', 'b.li'), seat: 'desk-2' });
    watcher = await connectSeat(core.httpUrl, { token: await operatorToken(core, 'guard', 'c.watch') });
  });
  afterAll(async () => {
    for (const seat of [ana, ben, watcher]) seat?.close();
    await device?.close();
    await core?.stop();
  });

  it('acknowledges on one seat and shows it on the other; the second guard gets a visible refusal', async () => {
    await device.send('door-g-dock', 'access', { id: 'dock-forced-1', ts: Date.now(), event: 'door-forced' });
    const raised = (await ana.delta('alarm', (d) => d.alarm.deviceId === 'door-g-dock')).alarm;
    expect(raised.checklist.length).toBeGreaterThan(0);

    expect(await ana.command({ action: 'acknowledge', alarmId: raised.id, version: raised.version })).toEqual({
      ok: true,
    });
    const seenByBen = await ben.delta(
      'alarm',
      (d) => d.alarm.id === raised.id && d.alarm.state === 'acknowledged-active',
    );
    expect(seenByBen.alarm.owner).toMatchObject({ operator: 'a.osei', seat: 'desk-1' });

    // Ben acted on the version he saw before Ana's acknowledgement: a conflict, not an overwrite.
    expect(await ben.command({ action: 'acknowledge', alarmId: raised.id, version: raised.version })).toMatchObject({
      ok: false,
      refusal: 'conflict',
    });
    const current = seenByBen.alarm;
    expect(
      await ben.command({ action: 'dispatch', alarmId: raised.id, version: current.version, to: 'patrol' }),
    ).toEqual({
      ok: false,
      refusal: 'claimed',
      message: 'claimed by a.osei at desk-1',
    });
    expect(await ben.command({ action: 'note', alarmId: raised.id, text: 'Cam 7 shows the shutter up' })).toEqual({
      ok: true,
    });
  });

  it("refuses commands above the operator's role, malformed commands, and floods", async () => {
    expect(await watcher.command({ action: 'return-to-service', deviceId: 'door-g-dock' })).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
    const malformed: Record<string, unknown>[] = [
      { action: 'resolve', alarmId: 1, version: 1, disposition: 'maybe' },
      { action: 'acknowledge', alarmId: 1, version: 1, extra: '<script>' },
      { action: 'acknowledge', alarmId: '1 OR 1=1', version: 1 },
      { action: '__proto__' },
    ];
    for (const command of malformed)
      expect(await ana.command(command)).toMatchObject({ ok: false, refusal: 'invalid' });
    expect(await ana.command({ action: 'acknowledge', alarmId: 999_999, version: 1 })).toMatchObject({
      ok: false,
      refusal: 'not-found',
    });
    const burst = await Promise.all(
      Array.from({ length: 40 }, () => ben.command({ action: 'note', alarmId: 999_999, text: 'x' })),
    );
    expect(burst.filter((r) => !r.ok && r.refusal === 'rate-limited').length).toBeGreaterThan(0);
  });

  it('works the checklist, resets the latch after the door closes, resolves with a note, and logs it all in order', async () => {
    const id = (await ana.delta('alarm', (d) => d.alarm.deviceId === 'door-g-dock')).alarm.id;
    const fresh = () => waitFor('the alarm on seat A', () => latest(ana, id));
    await new Promise((resolve) => setTimeout(resolve, 1200)); // let the rate limiter refill after the burst above
    let alarm = await fresh();
    expect(
      await ana.command({ action: 'checklist', alarmId: id, version: alarm.version, step: 0, done: true }),
    ).toEqual({ ok: true });
    alarm = await waitFor('step ticked', () => (latest(ana, id)?.checklist[0]?.doneBy ? latest(ana, id) : undefined));
    expect(await ana.command({ action: 'reset', alarmId: id, version: alarm.version })).toMatchObject({
      ok: false,
      message: expect.stringContaining('still active'),
    });

    await device.send('door-g-dock', 'access', { id: 'dock-closed-1', ts: Date.now(), event: 'door-closed' });
    alarm = await waitFor('door closed', () =>
      latest(ana, id)?.state === 'acknowledged-returned' ? latest(ana, id) : undefined,
    );
    expect(await ana.command({ action: 'reset', alarmId: id, version: alarm.version })).toEqual({ ok: true });
    alarm = await waitFor('reset', () => (latest(ana, id)?.resetAt ? latest(ana, id) : undefined));
    expect(
      await ana.command({ action: 'resolve', alarmId: id, version: alarm.version, disposition: 'genuine-intruder' }),
    ).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(
      await ana.command({
        action: 'resolve',
        alarmId: id,
        version: alarm.version,
        disposition: 'genuine-intruder',
        note: 'Shutter forced; police ref 4411',
      }),
    ).toEqual({ ok: true });
    await ben.delta('alarm', (d) => d.alarm.id === id && d.alarm.state === 'resolved');

    const { body } = await getJson<{
      actions: { action: string; operator: string; detail: Record<string, unknown> }[];
    }>(core.httpUrl, `/api/alarms/${id}/actions`, await operatorToken(core, 'guard'));
    const { actions } = body;
    expect(actions.map((a) => [a.action, a.operator])).toEqual([
      ['raise', 'system'],
      ['acknowledge', 'a.osei'],
      ['note', 'b.li'],
      ['checklist', 'a.osei'],
      ['reset', 'a.osei'],
      ['resolve', 'a.osei'],
    ]);
    expect(actions.at(-1)?.detail).toEqual({
      disposition: 'genuine-intruder',
      note: 'Shutter forced; police ref 4411',
    });
  });

  it('serves the shift report over HTTP as JSON, CSV and PDF, and refuses a bad range', async () => {
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const base = `/api/reports/shift?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const headers = bearer(await operatorToken(core, 'supervisor'));
    const json = (await (await fetch(new URL(base, core.httpUrl), { headers })).json()) as {
      summary: Record<string, number>;
      alarms: unknown[];
    };
    expect(json.summary).toMatchObject({ alarmsRaised: 1, resolved: 1 });
    const csv = await fetch(new URL(`${base}&format=csv`, core.httpUrl), { headers });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('genuine');
    const pdf = await fetch(new URL(`${base}&format=pdf`, core.httpUrl), { headers });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const backwards = await fetch(
      new URL(`/api/reports/shift?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`, core.httpUrl),
      { headers },
    );
    expect(backwards.status).toBe(400);
  });

  it('keeps the resolved alarm and the intact log across a restart', async () => {
    const dbPath = core.dbPath;
    await core.stop();
    core = await startTestConsole([], dbPath);
    const { body } = await getJson<{ alarms: Alarm[] }>(
      core.httpUrl,
      '/api/alarms?device=door-g-dock&state=resolved',
      await operatorToken(core, 'guard'),
    );
    const { alarms } = body;
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ disposition: 'genuine-intruder', resolvedBy: 'a.osei', notes: 1 });
    await core.stop();
    const verify = spawnSync(
      process.execPath,
      [join(PACKAGE_ROOT, 'bin', 'watchfloor.js'), 'audit', 'verify', '--db', dbPath],
      { encoding: 'utf8' },
    );
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/action log intact: \d+ rows/);
    core = await startTestConsole([], dbPath);
  });
});
