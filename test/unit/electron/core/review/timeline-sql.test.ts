import { describe, expect, it } from 'vitest';
import { actionsQuery, eventsQuery } from '../../../../../electron/core/review/timeline-sql.js';

const range = { from: 1000, to: 2000, include: 'all' } as const;

describe('timeline queries', () => {
  it('reads events by time, with only placeholders for values', () => {
    const query = eventsQuery(range, null, null, 201);
    expect(query?.sql).toMatch(/WHERE received_at >= \? AND received_at < \? ORDER BY received_at, seq LIMIT \?$/);
    expect(query?.values).toEqual([1000, 2000, 201]);
  });

  it('passes a place as one JSON array, whatever its size', () => {
    const query = eventsQuery(range, ['door-"1', 'cam-2'], null, 10);
    expect(query?.sql).toContain('+device_id IN (SELECT value FROM json_each(?))');
    expect(query?.values).toEqual([1000, 2000, '["door-\\"1","cam-2"]', 10]);
  });

  it('leaves events out when a filter only actions have is set, or the place is empty', () => {
    expect(eventsQuery({ ...range, guard: 'A. Osei' }, null, null, 10)).toBeNull();
    expect(eventsQuery({ ...range, condition: 'motion' }, null, null, 10)).toBeNull();
    expect(eventsQuery({ ...range, disposition: 'test' }, null, null, 10)).toBeNull();
    expect(eventsQuery({ ...range, include: 'actions' }, null, null, 10)).toBeNull();
    expect(eventsQuery(range, [], null, 10)).toBeNull();
    expect(actionsQuery(range, [], null, 10)).toBeNull();
    expect(actionsQuery({ ...range, include: 'events' }, null, null, 10)).toBeNull();
  });

  it('continues after a cursor: events at the same time come before actions', () => {
    const afterEvent = { at: 1500, source: 0, seq: 7 } as const;
    const afterAction = { at: 1500, source: 1, seq: 3 } as const;
    expect(eventsQuery(range, null, afterEvent, 10)?.sql).toContain(
      'received_at >= ? AND (received_at > ? OR seq > ?)',
    );
    expect(eventsQuery(range, null, afterEvent, 10)?.values).toEqual([1000, 2000, 1500, 1500, 7, 10]);
    expect(eventsQuery(range, null, afterAction, 10)?.sql).toContain('AND received_at > ?');
    expect(actionsQuery(range, null, afterEvent, 10)?.sql).toContain('AND actions.at >= ?');
    expect(actionsQuery(range, null, afterAction, 10)?.values).toEqual([1000, 2000, 1500, 1500, 3, 10]);
  });

  it('filters actions by guard, condition and disposition of their alarm', () => {
    const query = actionsQuery(
      { ...range, guard: "O'Brien", condition: 'door-forced', disposition: 'test' },
      ['door-1'],
      null,
      50,
    );
    expect(query?.sql).toContain(
      'actions.device_id = ? AND actions.operator = ? AND +alarms.condition = ? AND +alarms.disposition = ?',
    );
    expect(query?.sql).not.toContain("O'Brien");
    expect(query?.values).toEqual([1000, 2000, 'door-1', "O'Brien", 'door-forced', 'test', 50]);
  });
});
