import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handover } from '../../../shared/domain/shift.js';
import { verifyChain } from '../../../electron/core/audit/verify-chain.js';
import { chainRows } from '../../../electron/core/store/action-log.js';
import { openDatabase } from '../../../electron/core/store/database.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { connectPublisher, type Publisher } from '../../support/mqtt-publisher.js';
import { getJson, operatorToken } from '../../support/operators.js';
import { connectSeat, type Seat } from '../../support/seat.js';

describe('handover between two guards over the live socket, on a real core', () => {
  let core: TestConsole;
  let device: Publisher;
  let outgoing: Seat;
  let incoming: Seat;
  let outgoingToken: string;
  let stopped = false;

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    outgoingToken = await operatorToken(core, 'guard', 'night-guard');
    const incomingToken = await operatorToken(core, 'guard', 'day-guard');
    outgoing = await connectSeat(core.httpUrl, { token: outgoingToken, seat: 'desk-1' });
    incoming = await connectSeat(core.httpUrl, { token: incomingToken, seat: 'desk-1' });
  });
  afterAll(async () => {
    outgoing?.close();
    incoming?.close();
    await device?.close();
    if (!stopped) await core?.stop();
  });

  it('starts a shift, previews the handover, hands over, and the incoming guard acknowledges it', async () => {
    expect(await outgoing.command({ action: 'start-shift' })).toEqual({ ok: true });
    const shift = (await incoming.delta('shift', (d) => d.shift.operator === 'night-guard')).shift;
    expect(shift).toMatchObject({ seat: 'desk-1', endedAt: null });

    await device.send('door-g-dock', 'access', { id: 'dock-forced-h1', ts: Date.now(), event: 'door-forced' });
    const alarm = (await outgoing.delta('alarm', (d) => d.alarm.deviceId === 'door-g-dock')).alarm;

    const draft = await getJson<{ openAlarms: { alarmId: number }[] }>(
      core.httpUrl,
      `/api/shifts/${shift.id}/handover-draft`,
      outgoingToken,
    );
    expect(draft.status).toBe(200);
    expect(draft.body.openAlarms.map((open) => open.alarmId)).toContain(alarm.id);

    expect(await outgoing.command({ action: 'end-shift', shiftId: shift.id, note: '' })).toMatchObject({
      refusal: 'invalid',
    });
    expect(
      await outgoing.command({ action: 'end-shift', shiftId: shift.id, note: 'Dock door forced at 02:10' }),
    ).toEqual({ ok: true });
    const written: Handover = (await incoming.delta('handover', (d) => d.handover.shiftId === shift.id)).handover;
    expect(written).toMatchObject({
      writtenBy: 'night-guard',
      note: 'Dock door forced at 02:10',
      acknowledgedAt: null,
    });
    expect(written.openAlarms.find((open) => open.alarmId === alarm.id)).toMatchObject({ condition: 'door-forced' });
    expect(written.notable.some((event) => event.alarmId === alarm.id && event.kind === 'priority-alarm')).toBe(true);

    // A seat that connects now finds the handover waiting in its snapshot.
    const late = await connectSeat(core.httpUrl, { token: outgoingToken, seat: 'desk-2' });
    expect(late.snapshots[0]?.handovers?.map((h) => h.id)).toEqual([written.id]);
    expect(late.snapshots[0]?.shifts).toEqual([]);
    late.close();

    expect(await outgoing.command({ action: 'acknowledge-handover', handoverId: written.id })).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
    expect(await incoming.command({ action: 'acknowledge-handover', handoverId: written.id })).toEqual({ ok: true });
    const acknowledged = await outgoing.delta(
      'handover',
      (d) => d.handover.id === written.id && d.handover.acknowledgedAt !== null,
    );
    expect(acknowledged.handover.acknowledgedBy).toBe('day-guard');
  });

  it('keeps the action log chained through it all', async () => {
    stopped = true;
    await core.stop();
    const db = openDatabase(core.dbPath, { readonly: true });
    try {
      const verdict = verifyChain(chainRows(db));
      expect(verdict.ok).toBe(true);
      const actions = db
        .prepare(
          "SELECT action, operator FROM actions WHERE action IN ('start-shift', 'handover', 'end-shift', 'acknowledge-handover') ORDER BY seq",
        )
        .all();
      expect(actions).toEqual([
        { action: 'start-shift', operator: 'night-guard' },
        { action: 'handover', operator: 'night-guard' },
        { action: 'end-shift', operator: 'night-guard' },
        { action: 'acknowledge-handover', operator: 'day-guard' },
      ]);
    } finally {
      db.close();
    }
  });
});
