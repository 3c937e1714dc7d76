import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { LiveChange } from '../../../shared/live/delta.js';
import { verifyChain } from '../../../electron/core/audit/verify-chain.js';
import { silentLogger } from '../../../electron/core/log.js';
import { DEMO_SITE_DIR } from '../../../electron/core/package-root.js';
import { handoverHash } from '../../../electron/core/shifts/handover-hash.js';
import { loadAlarmPolicy } from '../../../electron/core/site/load-alarm-policy.js';
import { loadSite } from '../../../electron/core/site/load-site.js';
import { createDesk, type Desk } from '../../../electron/core/situation/desk.js';
import { Situation } from '../../../electron/core/situation/situation.js';
import { chainRows } from '../../../electron/core/store/action-log.js';
import { openStore, type Store } from '../../../electron/core/store/store.js';
import { tempDir } from '../../support/temp-dir.js';

const present = <T>(value: T | undefined | null): T => {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
};

const ana = { operator: 'a.osei', seat: 'desk-1', role: 'guard' } as const;
const ben = { operator: 'b.li', seat: 'desk-1', role: 'guard' } as const;
const cleo = { operator: 'c.diaz', seat: 'desk-2', role: 'guard' } as const;

let events = 0;
const doorForced = (deviceId: string): DeviceEvent => ({
  siteId: 'demo',
  deviceId,
  eventId: `ev-${++events}`,
  channel: 'access',
  deviceTs: Date.now(),
  receivedAt: Date.now(),
  payload: { id: `ev-${events}`, ts: Date.now(), event: 'door-forced' },
});

/**
 * The desk on a real database file: what a seat's command does, with no socket in between (the
 * socket path needs operator sign-in, which test/support/operators.ts will provide).
 */
describe('a shift ends with a handover the next guard acknowledges', () => {
  const dir = tempDir('handover');
  let store: Store;
  let situation: Situation;
  let desk: Desk;
  const published: LiveChange[] = [];

  beforeAll(() => {
    store = openStore(join(dir.path, 'watchfloor.db'));
    situation = new Situation(store, loadSite(DEMO_SITE_DIR), loadAlarmPolicy(DEMO_SITE_DIR));
    desk = createDesk(store, situation, (changes) => published.push(...changes), silentLogger);
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });

  it('starts one shift per seat and per guard', () => {
    expect(desk.command({ action: 'start-shift' }, ana)).toEqual({ ok: true });
    expect(desk.command({ action: 'start-shift' }, ana)).toMatchObject({
      ok: false,
      message: 'you are already on shift at this seat',
    });
    expect(desk.command({ action: 'start-shift' }, { ...ana, seat: 'desk-2' })).toMatchObject({
      ok: false,
      message: 'you are on shift at desk-1: end that shift with a handover first',
    });
    expect(desk.command({ action: 'start-shift' }, ben)).toMatchObject({
      ok: false,
      message: 'a.osei is on shift at this seat: they end it with a handover first',
    });
    expect(store.shifts.open()).toMatchObject([{ operator: 'a.osei', seat: 'desk-1', endedAt: null }]);
    expect(published.filter((change) => change.kind === 'shift')).toHaveLength(1);
  });

  it("refuses to end a shift without a note, or someone else's shift", () => {
    const shift = present(store.shifts.open()[0]);
    expect(desk.command({ action: 'end-shift', shiftId: shift.id, note: '   ' }, ana)).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(desk.command({ action: 'end-shift', shiftId: shift.id }, ana)).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(desk.command({ action: 'end-shift', shiftId: shift.id, note: 'all quiet' }, cleo)).toMatchObject({
      ok: false,
      message: "this is a.osei's shift: only they can hand it over",
    });
    expect(store.shifts.open()).toHaveLength(1);
  });

  it("hands over the open alarms and the shift's notable events, and the incoming guard acknowledges it", () => {
    store.inTransaction(() => situation.record(doorForced('door-g-dock')));
    const raised = present(situation.alarms().find((alarm) => alarm.deviceId === 'door-g-dock'));
    expect(desk.command({ action: 'acknowledge', alarmId: raised.id, version: raised.version }, ana)).toEqual({
      ok: true,
    });
    const shelvable = present(situation.alarm(raised.id));
    expect(
      desk.command(
        { action: 'shelve', alarmId: raised.id, version: shelvable.version, reason: 'shutter jammed', minutes: 30 },
        ana,
      ),
    ).toEqual({ ok: true });
    expect(
      desk.command(
        {
          action: 'log-occurrence',
          category: 'suspicious-person',
          location: { floorId: 'g', x: 15, y: 4, zone: 'loading-dock' },
          people: [{ role: 'suspect', description: 'grey hoodie, tall' }],
          vehicles: [{ plate: 'AB12 CDE', description: 'white van' }],
          narrative: 'Person trying the dock shutter, left in a white van',
          alarmIds: [raised.id],
        },
        ana,
      ),
    ).toEqual({ ok: true });

    const shift = present(store.shifts.open()[0]);
    expect(
      desk.command({ action: 'end-shift', shiftId: shift.id, note: 'Dock shutter jammed, maintenance called' }, ana),
    ).toEqual({ ok: true });
    const handover = present(store.handovers.pending()[0]);
    expect(handover).toMatchObject({
      shiftId: shift.id,
      seat: 'desk-1',
      writtenBy: 'a.osei',
      note: 'Dock shutter jammed, maintenance called',
    });
    expect(handover.openAlarms).toMatchObject([
      { alarmId: raised.id, condition: 'door-forced', owner: 'a.osei', shelved: true },
    ]);
    expect(handover.notable.map((event) => event.kind)).toEqual(expect.arrayContaining(['shelved', 'occurrence']));
    expect(store.shifts.get(shift.id)).toMatchObject({ handoverId: handover.id });
    expect(store.shifts.open()).toEqual([]);

    expect(desk.command({ action: 'acknowledge-handover', handoverId: handover.id }, ana)).toMatchObject({
      ok: false,
      message: 'the incoming guard acknowledges a handover, not the guard who wrote it',
    });
    expect(desk.command({ action: 'start-shift' }, ben)).toEqual({ ok: true });
    expect(desk.command({ action: 'acknowledge-handover', handoverId: handover.id }, ben)).toEqual({ ok: true });
    expect(desk.command({ action: 'acknowledge-handover', handoverId: handover.id }, cleo)).toMatchObject({
      ok: false,
      message: 'already acknowledged by b.li',
    });
    expect(store.handovers.get(handover.id)).toMatchObject({ acknowledgedBy: 'b.li' });
    expect(store.handovers.pending()).toEqual([]);
    expect(published.filter((change) => change.kind === 'handover')).toHaveLength(2);
  });

  it('refuses an occurrence off the plans or naming an alarm that does not exist, and logs nothing', () => {
    const before = store.actions.count();
    const report = {
      action: 'log-occurrence',
      category: 'medical',
      location: { floorId: 'g', x: 10, y: 10 },
      narrative: 'Visitor fainted in reception',
    };
    expect(desk.command({ ...report, location: { floorId: 'roof', x: 1, y: 1 } }, cleo)).toEqual({
      ok: false,
      refusal: 'invalid',
      message: 'there is no floor roof',
    });
    expect(desk.command({ ...report, alarmIds: [99_999] }, cleo)).toEqual({
      ok: false,
      refusal: 'invalid',
      message: 'there is no alarm 99999',
    });
    expect(store.actions.count()).toBe(before);
  });

  it('writes every step into the hash chain, which still verifies', () => {
    const rows = store.actions.query({ limit: 100 }).reverse();
    const shiftRows = rows.filter((row) =>
      ['start-shift', 'handover', 'end-shift', 'acknowledge-handover', 'log-occurrence'].includes(row.action),
    );
    expect(shiftRows.map((row) => [row.action, row.operator])).toEqual([
      ['start-shift', 'a.osei'],
      ['log-occurrence', 'a.osei'],
      ['handover', 'a.osei'],
      ['end-shift', 'a.osei'],
      ['start-shift', 'b.li'],
      ['acknowledge-handover', 'b.li'],
    ]);
    const handover = present(store.handovers.get(1));
    const signed = shiftRows.filter((row) => row.action === 'handover' || row.action === 'acknowledge-handover');
    for (const row of signed) expect(row.detail.handoverHash).toBe(handoverHash(handover));
    expect(shiftRows[1]?.detail).toMatchObject({
      category: 'suspicious-person',
      narrative: 'Person trying the dock shutter, left in a white van',
    });
    expect(verifyChain(chainRows(store.db))).toMatchObject({ ok: true, rows: rows.length });
  });
});
