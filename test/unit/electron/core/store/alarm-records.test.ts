import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alarm } from '../../../../../shared/domain/alarm.js';
import { alarmRecords, type AlarmRecords } from '../../../../../electron/core/store/alarm-records.js';
import { openDatabase } from '../../../../../electron/core/store/database.js';
import { alarmRecord } from '../../../../support/alarm-record.js';

let db: Database;
let alarms: AlarmRecords;
beforeEach(() => {
  db = openDatabase(':memory:');
  alarms = alarmRecords(db);
});
afterEach(() => db.close());

const inTransaction = <T>(work: () => T): T => db.transaction(work)();
const raise = (overrides: Partial<Alarm> = {}): Alarm => alarms.insert(alarmRecord({ id: 0, ...overrides }));
const storedCount = (id: number) =>
  (db.prepare('SELECT count FROM alarms WHERE id = ?').pluck().get(id) as number | undefined) ?? null;

describe('alarmRecords.coalescing', () => {
  it('writes each changed alarm once, with its last version, before the transaction commits', () => {
    const alarm = raise();
    const writes: number[] = [];
    inTransaction(() =>
      alarms.coalescing(() => {
        for (let count = 2; count <= 50; count++) alarms.update({ ...alarm, count, version: count });
        writes.push(storedCount(alarm.id) ?? -1);
      }),
    );
    expect(writes).toEqual([1]);
    expect(storedCount(alarm.id)).toBe(50);
    expect(alarms.get(alarm.id)?.version).toBe(50);
  });

  it('lets get() see a pending change inside the batch', () => {
    const alarm = raise();
    inTransaction(() =>
      alarms.coalescing(() => {
        alarms.update({ ...alarm, count: 7 });
        expect(alarms.get(alarm.id)?.count).toBe(7);
      }),
    );
  });

  it('writes pending changes before a raise, so a resolved alarm makes room for its successor', () => {
    const first = raise();
    const second = inTransaction(() =>
      alarms.coalescing(() => {
        alarms.update({ ...first, state: 'resolved', resolvedAt: 2_000_000, version: 2 });
        return raise({ raisedAt: 3_000_000 });
      }),
    );
    expect(alarms.get(first.id)?.state).toBe('resolved');
    expect(alarms.open().map((alarm) => alarm.id)).toEqual([second.id]);
  });

  it('keeps nothing of a batch whose transaction fails, and writes directly again afterwards', () => {
    const alarm = raise();
    expect(() =>
      inTransaction(() =>
        alarms.coalescing(() => {
          alarms.update({ ...alarm, count: 9 });
          throw new Error('disk full');
        }),
      ),
    ).toThrow('disk full');
    expect(storedCount(alarm.id)).toBe(1);
    alarms.update({ ...alarm, count: 3 });
    expect(storedCount(alarm.id)).toBe(3);
  });
});

describe('alarmRecords.query', () => {
  it('finds open alarms newest first, through the open-alarm index rather than the whole history', () => {
    for (let n = 0; n < 20; n++) raise({ deviceId: `old-${n}`, raisedAt: 1_000 + n, state: 'resolved' });
    raise({ deviceId: 'a', raisedAt: 5_000 });
    raise({ deviceId: 'b', raisedAt: 6_000 });
    expect(alarms.query({ state: 'open', limit: 10 }).map((alarm) => alarm.deviceId)).toEqual(['b', 'a']);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id, record FROM alarms WHERE state <> 'resolved' ORDER BY raised_at DESC, id DESC LIMIT ?",
      )
      .all(10) as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('alarms_open_by_raised');
  });

  it('filters by state and priority, newest first', () => {
    raise({ deviceId: 'a', priority: 1, raisedAt: 1_000, state: 'resolved' });
    raise({ deviceId: 'b', priority: 2, raisedAt: 2_000, state: 'resolved' });
    raise({ deviceId: 'c', priority: 1, raisedAt: 3_000, state: 'resolved' });
    raise({ deviceId: 'd', priority: 1, raisedAt: 4_000 });
    const found = alarms.query({ state: 'resolved', priority: 1, limit: 10 });
    expect(found.map((alarm) => alarm.deviceId)).toEqual(['c', 'a']);
  });
});
