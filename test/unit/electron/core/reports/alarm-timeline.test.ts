import { describe, expect, it } from 'vitest';
import { occurrencesInRange, reportAlarm } from '../../../../../electron/core/reports/alarm-timeline.js';
import { siteNames } from '../../../../../electron/core/reports/site-names.js';
import { action, alarm, FROM, MIN, S, SITE, TO } from './report-fixtures.js';

const range = { from: FROM, to: TO };
const names = siteNames(SITE);

describe('reportAlarm: the response timeline from the action log', () => {
  const raisedAt = FROM + 60 * MIN;
  const on = (id: number) => ({ alarmId: id, deviceId: 'door-g-dock' });

  it('takes the first acknowledgement, not the record’s latest one after a re-trigger', () => {
    const record = alarm({
      raisedAt,
      state: 'acknowledged-returned',
      count: 2,
      transitions: [raisedAt, raisedAt + 5 * MIN],
      acknowledgedAt: raisedAt + 6 * MIN,
      acknowledgedBy: 'B. Li',
    });
    const actions = [
      action({
        ...on(record.id),
        at: raisedAt,
        operator: 'system',
        seat: 'core',
        action: 'raise',
        detail: { condition: 'door-forced', priority: 2 },
      }),
      action({ ...on(record.id), at: raisedAt + 40 * S, action: 'acknowledge' }),
      action({ ...on(record.id), at: raisedAt + 6 * MIN, operator: 'B. Li', action: 'acknowledge' }),
    ];
    const shown = reportAlarm(record, actions, range, names);
    expect(shown.acknowledged).toEqual({ at: raisedAt + 40 * S, by: 'A. Osei' });
    expect(shown).toMatchObject({
      acknowledgeS: 40,
      acknowledgeVerdict: 'met',
      statusAtEnd: 'acknowledged',
      occurrences: 2,
    });
    expect(shown.entries.map((e) => `${e.action}:${e.text ?? ''}`)).toEqual([
      'raise:door forced: P2',
      'acknowledge:',
      'acknowledge:',
    ]);
  });

  it('falls back to the record when the log has no acknowledgement (an older database)', () => {
    const record = alarm({ raisedAt, acknowledgedAt: raisedAt + 30 * S, acknowledgedBy: 'C. Diaz' });
    expect(reportAlarm(record, [], range, names).acknowledged).toEqual({ at: raisedAt + 30 * S, by: 'C. Diaz' });
  });

  it('shows what happened after the end, but counts it as not done within the range', () => {
    const late = TO - 2 * MIN;
    const record = alarm({
      raisedAt: late,
      state: 'resolved',
      acknowledgedAt: TO + MIN,
      acknowledgedBy: 'A. Osei',
      resolvedAt: TO + 5 * MIN,
      resolvedBy: 'A. Osei',
      disposition: 'false-equipment',
    });
    const actions = [
      action({ ...on(record.id), at: TO + MIN, action: 'acknowledge' }),
      action({ ...on(record.id), at: TO + 2 * MIN, action: 'note', detail: { text: 'late note' } }),
      action({ ...on(record.id), at: TO + 5 * MIN, action: 'resolve', detail: { disposition: 'false-equipment' } }),
    ];
    const shown = reportAlarm(record, actions, range, names);
    expect(shown).toMatchObject({
      statusAtEnd: 'unacknowledged',
      acknowledgeS: null,
      resolveS: null,
      acknowledgeVerdict: 'missed', // 120 s waiting at the end, target 60 s
      resolveVerdict: 'pending',
      acknowledged: { at: TO + MIN, by: 'A. Osei' },
      resolved: { at: TO + 5 * MIN, by: 'A. Osei', disposition: 'false-equipment' },
    });
    expect(shown.notes).toEqual([{ at: TO + 2 * MIN, by: 'A. Osei', kind: 'note', text: 'late note', afterEnd: true }]);
    expect(shown.entries.every((entry) => entry.afterEnd)).toBe(true);
  });

  it('collects notes, dispatches and the resolve note; escalations; the last reset', () => {
    const record = alarm({ raisedAt, latched: true });
    const actions = [
      action({
        ...on(record.id),
        at: raisedAt + 90 * S,
        operator: 'system',
        seat: 'core',
        action: 'escalate',
        detail: { target: 'acknowledge', overdueS: 30 },
      }),
      action({ ...on(record.id), at: raisedAt + 2 * MIN, action: 'note', detail: { text: 'Shutter pried open' } }),
      action({
        ...on(record.id),
        at: raisedAt + 3 * MIN,
        action: 'dispatch',
        detail: { to: 'Patrol 2', note: 'north gate' },
      }),
      action({ ...on(record.id), at: raisedAt + 4 * MIN, action: 'reset' }),
      action({ ...on(record.id), at: raisedAt + 5 * MIN, operator: 'B. Li', action: 'reset' }),
      action({
        ...on(record.id),
        at: raisedAt + 9 * MIN,
        action: 'resolve',
        detail: { disposition: 'genuine-intruder', note: 'Police attended' },
      }),
    ];
    const shown = reportAlarm(record, actions, range, names);
    expect(shown.notes.map((n) => `${n.kind}: ${n.text}`)).toEqual([
      'note: Shutter pried open',
      'dispatch: to Patrol 2: north gate',
      'resolve: Police attended',
    ]);
    expect(shown.escalations).toEqual([{ at: raisedAt + 90 * S, target: 'acknowledge' }]);
    expect(shown.reset).toEqual({ at: raisedAt + 5 * MIN, by: 'B. Li' });
    expect(shown.entries[0]?.text).toBe('acknowledge target missed by 30 s');
  });

  it('names the device, zone and floor from the site', () => {
    const shown = reportAlarm(alarm({ raisedAt }), [], range, names);
    expect(shown).toMatchObject({
      deviceName: 'Loading dock door',
      zoneName: 'Loading dock',
      floorName: 'Ground floor',
    });
    const unknown = reportAlarm(alarm({ raisedAt, deviceId: 'new-1', zone: null, floorId: null }), [], range, names);
    expect(unknown).toMatchObject({ deviceName: null, zoneName: null, floorName: null });
  });
});

describe('occurrencesInRange', () => {
  it('subtracts re-triggers after the end, known from the last ten transition times', () => {
    expect(occurrencesInRange({ count: 1, transitions: [FROM] }, TO)).toBe(1);
    expect(occurrencesInRange({ count: 4, transitions: [FROM, FROM + MIN, TO, TO + MIN] }, TO)).toBe(2);
    // 25 occurrences, the last ten kept, three of them after the end
    const kept = [...Array.from({ length: 7 }, (_, i) => TO - (7 - i) * MIN), TO, TO + 1, TO + 2];
    expect(occurrencesInRange({ count: 25, transitions: kept }, TO)).toBe(22);
  });
});
