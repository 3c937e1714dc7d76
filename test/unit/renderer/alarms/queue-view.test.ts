import { describe, expect, it } from 'vitest';
import type { Alarm } from '../../../../shared/domain/alarm.js';
import { NO_FILTERS, passesFilters, type QueueFilters } from '../../../../renderer/alarms/queue-filters.js';
import { buildQueueView } from '../../../../renderer/alarms/queue-view.js';
import { compareForQueue } from '../../../../renderer/store/alarm-order.js';
import { alarm } from '../builders.js';

const FLOORS: Record<string, string> = { 'door-g-lobby': 'ground', 'cam-g-1': 'ground', 'pir-1-1': 'first' };

function view(alarms: Alarm[], options: { filters?: QueueFilters; expanded?: number[] } = {}) {
  return buildQueueView({
    ordered: [...alarms].sort(compareForQueue),
    filters: options.filters ?? NO_FILTERS,
    floorOf: (a) => FLOORS[a.deviceId] ?? null,
    expanded: new Set(options.expanded ?? []),
  });
}

describe('the queue view', () => {
  it('groups alarms of one incident into one line where its most urgent alarm would be', () => {
    const result = view([
      alarm(1, { priority: 3, raisedAt: 10 }),
      alarm(2, { priority: 2, raisedAt: 30, incidentId: 7 }),
      alarm(3, { priority: 1, raisedAt: 40, incidentId: 7 }),
      alarm(4, { priority: 2, raisedAt: 20 }),
    ]);
    expect(result.entries).toEqual([
      { kind: 'incident', key: 'incident:7', incidentId: 7, alarmIds: [3, 2], expanded: false },
      { kind: 'alarm', key: 'alarm:4', alarmId: 4, member: false },
      { kind: 'alarm', key: 'alarm:1', alarmId: 1, member: false },
    ]);
    expect(result.shown).toBe(4);
    expect(result.cursorKeys).toEqual(['incident:7', 'alarm:4', 'alarm:1']);
  });

  it('lists the members under an expanded incident, in queue order', () => {
    const result = view(
      [alarm(2, { priority: 2, incidentId: 7 }), alarm(3, { priority: 1, incidentId: 7 }), alarm(4, { priority: 4 })],
      { expanded: [7] },
    );
    expect(result.cursorKeys).toEqual(['incident:7', 'alarm:3', 'alarm:2', 'alarm:4']);
    expect(result.entries.filter((e) => e.kind === 'alarm' && e.member).length).toBe(2);
  });

  it('shows an incident with a single visible alarm as a plain alarm line', () => {
    const result = view([alarm(2, { incidentId: 7 }), alarm(3, { incidentId: 7, shelved: shelf() })]);
    expect(result.entries).toEqual([{ kind: 'alarm', key: 'alarm:2', alarmId: 2, member: false }]);
  });

  it('keeps shelved alarms apart, after the queue, whatever the filters', () => {
    const result = view([alarm(1, { shelved: shelf(), priority: 4 }), alarm(2, { priority: 1 })], {
      filters: { ...NO_FILTERS, priorities: [1] },
    });
    expect(result.shelvedIds).toEqual([1]);
    expect(result.hiddenByFilters).toBe(0);
    expect(result.cursorKeys).toEqual(['alarm:2', 'alarm:1']);
  });

  it('says how many open alarms the filters hide', () => {
    const alarms = [
      alarm(1, { priority: 1 }),
      alarm(2, { priority: 3, category: 'trouble', deviceId: 'cam-g-1' }),
      alarm(3, { priority: 2, deviceId: 'pir-1-1' }),
    ];
    const trouble = view(alarms, { filters: { ...NO_FILTERS, categories: ['trouble'] } });
    expect(trouble.cursorKeys).toEqual(['alarm:2']);
    expect(trouble.hiddenByFilters).toBe(2);
    const firstFloor = view(alarms, { filters: { ...NO_FILTERS, floors: ['first'] } });
    expect(firstFloor.cursorKeys).toEqual(['alarm:3']);
    const urgent = view(alarms, { filters: { ...NO_FILTERS, priorities: [1, 2] } });
    expect(urgent.cursorKeys).toEqual(['alarm:1', 'alarm:3']);
  });

  it('treats an unplaced alarm as on no floor', () => {
    expect(passesFilters(alarm(1), null, { ...NO_FILTERS, floors: ['ground'] })).toBe(false);
    expect(passesFilters(alarm(1), null, NO_FILTERS)).toBe(true);
  });
});

function shelf() {
  return { by: 'J. Osei', reason: 'faulty sensor', at: 0, until: 3_600_000 };
}
