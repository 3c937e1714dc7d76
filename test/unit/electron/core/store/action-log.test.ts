import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, rowHash } from '../../../../../electron/core/audit/chain-hash.js';
import { verifyChain } from '../../../../../electron/core/audit/verify-chain.js';
import {
  actionLog,
  chainRows,
  type ActionInput,
  type ActionLog,
} from '../../../../../electron/core/store/action-log.js';
import { openDatabase } from '../../../../../electron/core/store/database.js';

const T0 = 1763700000000;

const input = (overrides: Partial<ActionInput> = {}): ActionInput => ({
  at: T0,
  operator: 'anna',
  seat: 'desk-1',
  action: 'note',
  alarmId: 7,
  incidentId: null,
  deviceId: 'door-3',
  detail: { text: 'door checked' },
  ...overrides,
});

let db: Database;
let log: ActionLog;
beforeEach(() => {
  db = openDatabase(':memory:');
  log = actionLog(db);
});
afterEach(() => db.close());

const inTransaction = <T>(work: () => T): T => db.transaction(work)();

describe('actionLog.append', () => {
  it('numbers rows from 1 and chains each to the one before, starting from the genesis hash', () => {
    const [first, second, third] = inTransaction(() => [
      log.append(input()),
      log.append(input({ action: 'acknowledge', at: T0 + 1 })),
      log.append(input({ action: 'resolve', at: T0 + 2, detail: { disposition: 'false-alarm' } })),
    ]);
    expect([first?.seq, second?.seq, third?.seq]).toEqual([1, 2, 3]);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(second?.prevHash).toBe(first?.hash);
    expect(third?.prevHash).toBe(second?.hash);
    expect(verifyChain(chainRows(db))).toEqual({ ok: true, rows: 3, head: third?.hash });
  });

  it('stores exactly what it hashed: detail as canonical JSON, the hash recomputable from the row', () => {
    const record = log.append(input({ detail: { step: 2, done: true, by: { seat: 'desk-1', name: 'anna' } } }));
    const stored = db.prepare('SELECT detail, hash FROM actions WHERE seq = 1').get();
    expect(stored).toEqual({
      detail: '{"by":{"name":"anna","seat":"desk-1"},"done":true,"step":2}',
      hash: record.hash,
    });
    const [row] = [...chainRows(db)];
    expect(row && rowHash(row)).toBe(record.hash);
  });

  it('returns the record as it reads back', () => {
    const record = log.append(input({ detail: { reason: undefined, text: 'Zo\u00eb \u2713' } }));
    expect(record).toEqual({
      ...input({ detail: { text: 'Zo\u00eb \u2713' } }),
      seq: 1,
      prevHash: GENESIS_HASH,
      hash: record.hash,
    });
    expect(log.forAlarm(7)).toEqual([record]);
  });

  it('leaves no row behind when the transaction rolls back, and the next append chains to the last committed row', () => {
    const kept = inTransaction(() => log.append(input()));
    expect(() =>
      inTransaction(() => {
        log.append(input({ action: 'acknowledge' }));
        log.append(input({ action: 'resolve' }));
        throw new Error('the alarm update failed');
      }),
    ).toThrow('the alarm update failed');
    expect(log.count()).toBe(1);

    const next = inTransaction(() => log.append(input({ action: 'acknowledge', at: T0 + 5 })));
    expect(next.seq).toBe(2);
    expect(next.prevHash).toBe(kept.hash);
    expect(verifyChain(chainRows(db))).toEqual({ ok: true, rows: 2, head: next.hash });
  });

  it('keeps no head of its own: two logs over one connection still make one chain', () => {
    const other = actionLog(db);
    inTransaction(() => {
      log.append(input());
      other.append(input({ at: T0 + 1 }));
      log.append(input({ at: T0 + 2 }));
    });
    expect(verifyChain(chainRows(db))).toMatchObject({ ok: true, rows: 3 });
  });

  it('works outside a transaction too, each append on its own', () => {
    log.append(input());
    log.append(input({ at: T0 + 1 }));
    expect(verifyChain(chainRows(db))).toMatchObject({ ok: true, rows: 2 });
  });

  it.each([
    ['a fractional time', { at: T0 + 0.5 }, /at must be integer epoch milliseconds/],
    ['an empty operator', { operator: '' }, /operator must not be empty/],
    ['an empty seat', { seat: '' }, /seat must not be empty/],
    ['an empty action', { action: '' }, /action must be 1 to 64 characters/],
    ['an action of 65 characters', { action: 'x'.repeat(65) }, /action must be 1 to 64 characters/],
    ['a fractional alarm id', { alarmId: 1.5 }, /alarmId must be an integer or null/],
    ['an array as detail', { detail: [] as unknown as Record<string, unknown> }, /detail must be a JSON object/],
    ['a detail JSON cannot hold', { detail: { at: new Date(T0) } }, /\$\.at: only plain objects and arrays/],
  ])('refuses %s and stores nothing', (_what, overrides: Partial<ActionInput>, message) => {
    expect(() => log.append(input(overrides))).toThrow(message);
    expect(log.count()).toBe(0);
  });

  it('accepts an action of exactly 64 characters', () => {
    expect(log.append(input({ action: 'x'.repeat(64) })).action).toHaveLength(64);
  });
});

describe('the actions table', () => {
  beforeEach(() => {
    log.append(input());
    log.append(input({ at: T0 + 1 }));
  });

  it('refuses UPDATE', () => {
    expect(() => db.prepare("UPDATE actions SET detail = '{}' WHERE seq = 1").run()).toThrow(
      'the action log is append-only',
    );
  });

  it('refuses DELETE', () => {
    expect(() => db.prepare('DELETE FROM actions WHERE seq = 2').run()).toThrow('the action log is append-only');
    expect(log.count()).toBe(2);
  });

  it('refuses a second row with the same seq', () => {
    const taken = db.prepare('SELECT * FROM actions WHERE seq = 2').get() as Record<string, unknown>;
    expect(() =>
      db
        .prepare(
          `INSERT INTO actions (seq, at, operator, seat, action, alarm_id, incident_id, device_id, detail, prev_hash, hash)
           VALUES (@seq, @at, @operator, @seat, @action, @alarm_id, @incident_id, @device_id, @detail, @prev_hash, @hash)`,
        )
        .run(taken),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});

describe('reading the action log', () => {
  beforeEach(() => {
    inTransaction(() => {
      log.append(input({ at: T0, alarmId: 1, action: 'raise', operator: 'system', seat: 'core', detail: {} }));
      log.append(input({ at: T0 + 10, alarmId: 2, action: 'raise', operator: 'system', seat: 'core', detail: {} }));
      log.append(input({ at: T0 + 20, alarmId: 1, action: 'acknowledge' }));
      log.append(input({ at: T0 + 30, alarmId: 2, action: 'acknowledge', operator: 'ben' }));
      log.append(input({ at: T0 + 40, alarmId: 1, action: 'resolve', detail: { disposition: 'false-alarm' } }));
      log.append(input({ at: T0 + 50, alarmId: null, incidentId: 3, deviceId: null, action: 'note' }));
    });
  });

  it('forAlarm: that alarm only, oldest first', () => {
    expect(log.forAlarm(1).map((r) => [r.seq, r.action])).toEqual([
      [1, 'raise'],
      [3, 'acknowledge'],
      [5, 'resolve'],
    ]);
    expect(log.forAlarm(99)).toEqual([]);
  });

  it('query: newest first, with a limit', () => {
    expect(log.query({ limit: 3 }).map((r) => r.seq)).toEqual([6, 5, 4]);
  });

  it('query: from inclusive, to exclusive', () => {
    expect(log.query({ from: T0 + 10, to: T0 + 40, limit: 10 }).map((r) => r.seq)).toEqual([4, 3, 2]);
  });

  it('query: by operator and by action', () => {
    expect(log.query({ operator: 'ben', limit: 10 }).map((r) => r.seq)).toEqual([4]);
    expect(log.query({ action: 'raise', limit: 10 }).map((r) => r.seq)).toEqual([2, 1]);
    expect(log.query({ operator: 'anna', action: 'acknowledge', limit: 10 }).map((r) => r.seq)).toEqual([3]);
  });

  it('reads detail back as an object and nulls as nulls', () => {
    const [note] = log.query({ action: 'note', limit: 1 });
    expect(note).toMatchObject({ alarmId: null, incidentId: 3, deviceId: null, detail: { text: 'door checked' } });
    expect(log.forAlarm(1).at(-1)?.detail).toEqual({ disposition: 'false-alarm' });
  });

  it('count', () => {
    expect(log.count()).toBe(6);
  });

  it('uses the indexes for an alarm history and a time range', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('; ');
    expect(plan('SELECT * FROM actions WHERE alarm_id = 1 ORDER BY seq')).toMatch(/USING INDEX actions_by_alarm/);
    expect(plan('SELECT * FROM actions WHERE at >= 1 AND at < 2 ORDER BY at DESC, seq DESC LIMIT 5')).toMatch(
      /USING INDEX actions_by_time/,
    );
    expect(plan('SELECT * FROM actions WHERE alarm_id = 1 ORDER BY seq')).not.toMatch(/TEMP B-TREE/);
  });
});
