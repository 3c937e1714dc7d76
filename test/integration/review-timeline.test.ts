import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { searchQuerySchema, timelineQuerySchema } from '../../shared/review/review-query.js';
import type { TimelineEntry } from '../../shared/review/review-results.js';
import { alarmHistory } from '../../electron/core/review/alarm-history.js';
import { noteSearch } from '../../electron/core/review/note-search.js';
import { reviewTimeline } from '../../electron/core/review/timeline.js';
import { actionLog } from '../../electron/core/store/action-log.js';
import { migrate } from '../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../electron/core/store/migrations/index.js';
import { tempDir } from '../support/temp-dir.js';
import { liveDesk, type LiveDesk } from './review-live-desk.js';
import { playNight, T0 } from './review-night.js';

/** Notes a guard might type, and what a hostile one might: each must be found by its own words. */
const HOSTILE_NOTES = [
  'He said "stop" and ran',
  'NEAR( the bins OR the fence',
  'gate -unlocked- AND * open',
  'body:door ^ladder',
  'Ünïcödé café at Łódź 東京 door 🚪 left open',
];

const RANGE = { from: String(T0 - 60_000), to: String(T0 + 6 * 3_600_000) };

describe('shift log: timeline, search, alarm history on a real database', () => {
  const dir = tempDir('review-timeline');
  let desk: LiveDesk;

  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    desk = liveDesk(join(dir.path, 'watchfloor.db'));
    playNight(desk);
    const motion = desk.openAlarm('pir-g-dock', 'motion');
    for (const [index, text] of HOSTILE_NOTES.entries())
      desk.command(T0 + 5 * 3_600_000 + index, 'C. Ngata', { action: 'note', alarmId: motion.id, text });
    vi.useRealTimers();
  });
  afterAll(() => {
    desk.store.close();
    dir.remove();
  });

  const timeline = () => reviewTimeline(desk.store.db, () => desk.site);
  const page = (query: Record<string, string>) => timeline()(timelineQuerySchema.parse({ ...RANGE, ...query }));
  const search = (q: string, more: Record<string, string> = {}) =>
    noteSearch(desk.store.db, () => desk.site)(searchQuerySchema.parse({ ...RANGE, q, ...more }));

  it('pages of any size, followed by cursor, make the one ordered timeline', () => {
    const whole = page({ limit: '500' });
    expect(whole.next).toBeNull();
    const stored = desk.store.events.query({ limit: 10_000 }).length + desk.store.actions.count();
    expect(whole.entries).toHaveLength(stored);
    const key = (e: TimelineEntry) => [e.at, e.kind === 'event' ? 0 : 1, e.seq] as const;
    for (const [index, entry] of whole.entries.entries()) {
      const previous = whole.entries[index - 1];
      if (previous) expect(key(previous) < key(entry) || previous.at < entry.at).toBe(true);
    }
    for (const size of ['1', '3', '7']) {
      const collected: TimelineEntry[] = [];
      let after: string | null | undefined;
      do {
        const next = page({ limit: size, ...(after ? { after } : {}) });
        collected.push(...next.entries);
        after = next.next;
      } while (after);
      expect(collected.map((e) => e.cursor)).toEqual(whole.entries.map((e) => e.cursor));
    }
  });

  it('filters by place, guard, condition, disposition and kind', () => {
    const dock = page({ zone: 'loading-dock', limit: '500' }).entries;
    expect(dock.length).toBeGreaterThan(0);
    expect(new Set(dock.map((e) => e.deviceId))).toEqual(new Set(['door-g-dock', 'pir-g-dock', 'cam-g-dock']));

    const lund = page({ guard: 'B. Lund', limit: '500' }).entries;
    expect(lund.map((e) => (e.kind === 'action' ? e.action : 'event'))).toEqual([
      'claim',
      'reset',
      'resolve',
      'shelve',
      'out-of-service',
    ]);

    const forced = page({ condition: 'door-forced', limit: '500' }).entries;
    expect(forced.every((e) => e.kind === 'action' && e.alarm?.condition === 'door-forced')).toBe(true);
    expect(forced.map((e) => (e.kind === 'action' ? e.action : ''))).toContain('resolve');

    const genuine = page({ disposition: 'genuine-intruder', limit: '500' }).entries;
    expect(genuine.length).toBe(forced.length);

    expect(page({ include: 'events', limit: '500' }).entries.every((e) => e.kind === 'event')).toBe(true);
    expect(page({ zone: 'no-such-zone' }).entries).toEqual([]);
    expect(page({ building: 'harbour-point', floor: '2', limit: '500' }).entries).toEqual([]);
  });

  it('finds a note by its words, newest first, with the matched words marked', () => {
    const police = search('police');
    expect(police.hits.map((hit) => hit.action.action)).toEqual(['resolve', 'note']);
    expect(police.hits[1]?.snippet).toContain('«police»');
    expect(police.hits[0]?.action.alarm?.condition).toBe('door-forced');
    expect(search('polic*').hits).toHaveLength(2);
    expect(search('police', { guard: 'B. Lund' }).hits).toHaveLength(1);
    expect(search('police', { zone: 'stores' }).hits).toHaveLength(0);
    expect(search('yard').hits.map((hit) => hit.action.action)).toEqual(['dispatch']);
    expect(search('lock repair').hits.map((hit) => hit.action.action)).toEqual(['out-of-service']);
  });

  it('takes hostile input as words: nothing breaks, nothing is injected', () => {
    for (const q of [
      '"',
      '*',
      'NEAR(',
      'OR',
      '-',
      'AND',
      'NOT',
      '^',
      ':',
      '(',
      ')',
      '"""',
      "'",
      '\\',
      '\u0000x',
      ';--',
    ])
      expect(() => search(q), q).not.toThrow();
    expect(search('"stop"').hits).toHaveLength(1);
    expect(search('NEAR( bins').hits).toHaveLength(1);
    expect(search('OR fence').hits).toHaveLength(1);
    expect(search('-unlocked-').hits).toHaveLength(1);
    expect(search('body:door').hits).toHaveLength(1);
    expect(search('cafe lodz').hits).toHaveLength(0);
    expect(search('café').hits).toHaveLength(1);
    expect(search('CAFE 東京').hits).toHaveLength(1);
    expect(search('OR').hits).toHaveLength(1);
    expect(search('zzz OR police').hits).toHaveLength(0);
  });

  it('pages search hits by cursor', () => {
    const first = search('the', { limit: '2' });
    expect(first.hits).toHaveLength(2);
    expect(first.next).not.toBeNull();
    const second = search('the', { limit: '2', after: first.next ?? '' });
    expect(second.hits[0]?.action.seq).toBeLessThan(first.hits[1]?.action.seq ?? 0);
  });

  it("drills into an alarm's whole history", () => {
    const history = alarmHistory(desk.store.db, desk.store.alarms, desk.store.actions);
    const resolved = desk.store.alarms.query({ state: 'resolved', limit: 10 })[0];
    if (!resolved) throw new Error('the night resolved an alarm');
    const found = history(resolved.id);
    expect(found?.alarm.disposition).toBe('genuine-intruder');
    expect(found?.actions.map((a) => a.action)).toEqual([
      'raise',
      'acknowledge',
      'note',
      'checklist',
      'dispatch',
      'claim',
      'reset',
      'resolve',
    ]);
    expect(
      found?.deviceEvents.map((e) => (e.payload as { event?: string; online?: boolean }).event ?? 'status'),
    ).toEqual(['status', 'door-forced', 'door-closed']);
    expect(found?.incident?.alarmIds).toContain(resolved.id);
    expect(history(999_999)).toBeUndefined();
  });

  it('the migration indexes notes written before it', () => {
    const file = join(dir.path, 'older.db');
    const db = new Database(file);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 6),
    );
    const log = actionLog(db);
    const note = (at: number, operator: string, detail: Record<string, unknown>, action = 'note') =>
      log.append({ at, operator, seat: 'desk-1', action, alarmId: 1, incidentId: null, deviceId: 'door-1', detail });
    note(1000, 'A. Osei', { text: 'ladder against the fence' });
    note(1001, 'system', { reason: 'ladder shelf time over' }, 'unshelve');
    note(1002, 'A. Osei', { step: 0, done: true, text: 'ladder check' }, 'checklist');
    note(1003, 'A. Osei', { disposition: 'test', note: 'ladder was a test' }, 'resolve');
    migrate(db);
    note(1004, 'A. Osei', { text: 'second ladder' });
    note(600, 'A. Osei', { text: 'ladder logged after the clock was stepped back' });
    note(1005, 'A. Osei', { text: 'third ladder' });
    const found = (from: number, to: number) =>
      noteSearch(
        db,
        () => null,
      )(searchQuerySchema.parse({ from: String(from), to: String(to), q: 'ladder' })).hits.map((hit) => hit.action.seq);
    expect(found(0, 5000)).toEqual([7, 6, 5, 4, 1]);
    expect(found(500, 700)).toEqual([6]);
    expect(found(1000, 1004)).toEqual([4, 1]);
    expect(found(1004, 1005)).toEqual([5]);
    expect(found(2000, 3000)).toEqual([]);
    db.close();
  });
});
