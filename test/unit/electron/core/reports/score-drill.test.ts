import { describe, expect, it } from 'vitest';
import type { Drill } from '../../../../../shared/api/drills.js';
import type { ReportActionRow } from '../../../../../electron/core/reports/report-rows.js';
import { scoreDrill } from '../../../../../electron/core/reports/score-drill.js';
import { alarmRecord } from '../../../../support/alarm-record.js';

const T0 = 1_700_000_000_000;
const drill: Drill = {
  id: 7,
  scenario: 'night-intrusion',
  speed: 5,
  seed: 42,
  startedBy: 'sup.kay',
  startedAt: T0,
  endedBy: 'sup.kay',
  endedAt: T0 + 600_000,
  endReason: 'ended by sup.kay',
};

let seq = 0;
const row = (alarmId: number, action: string, at: number, operator: string): ReportActionRow => ({
  seq: ++seq,
  at,
  operator,
  seat: 'desk-1',
  action,
  alarmId,
  deviceId: 'door-g-dock',
  detail: {},
});
const step = (doneBy: string | null) => ({ step: 'check camera', doneBy, doneAt: doneBy ? T0 : null });

// Alarm 1: ana acknowledges after 30 s (target 60: met), resolves after 600 s (target 1800: met), 2 of 3 steps (ana 1, ben 1).
// Alarm 2: ben acknowledges after 90 s (missed), ana resolves after 2000 s (missed), 1 of 1 step (ana).
// Alarm 3: ana acknowledges after 45 s (met); not resolved, raised 3000 s before the report: resolve target missed.
const alarms = [
  alarmRecord({
    id: 1,
    raisedAt: T0,
    drill: 7,
    checklist: [step('ana'), step('ben'), step(null)],
    resolvedAt: T0 + 600_000,
  }),
  alarmRecord({ id: 2, raisedAt: T0 + 10_000, drill: 7, checklist: [step('ana')], resolvedAt: T0 + 2_010_000 }),
  alarmRecord({ id: 3, raisedAt: T0 + 20_000, drill: 7, checklist: [] }),
];
const actions = new Map<number, ReportActionRow[]>([
  [
    1,
    [row(1, 'raise', T0, 'system'), row(1, 'acknowledge', T0 + 30_000, 'ana'), row(1, 'resolve', T0 + 600_000, 'ana')],
  ],
  // A second acknowledgement (after a re-trigger) does not replace the first.
  [
    2,
    [
      row(2, 'acknowledge', T0 + 100_000, 'ben'),
      row(2, 'acknowledge', T0 + 200_000, 'ana'),
      row(2, 'resolve', T0 + 2_010_000, 'ana'),
    ],
  ],
  [3, [row(3, 'acknowledge', T0 + 65_000, 'ana')]],
]);
const report = scoreDrill({
  drill,
  generatedAt: T0 + 3_020_000,
  site: { id: 'demo', name: 'Demo', timezone: 'Europe/London' },
  alarms,
  alarmActions: actions,
  place: (alarm) => `place of ${alarm.id}`,
});

describe('scoreDrill', () => {
  it('times each drill alarm from its raise, against its own targets', () => {
    expect(
      report.alarms.map((a) => [a.alarmId, a.acknowledged?.by, a.acknowledged?.afterS, a.acknowledgeVerdict]),
    ).toEqual([
      [1, 'ana', 30, 'met'],
      [2, 'ben', 90, 'missed'],
      [3, 'ana', 45, 'met'],
    ]);
    expect(report.alarms.map((a) => [a.resolved?.by ?? null, a.resolved?.afterS ?? null, a.resolveVerdict])).toEqual([
      ['ana', 600, 'met'],
      ['ana', 2000, 'missed'],
      [null, null, 'missed'],
    ]);
    expect(report.alarms.map((a) => a.checklist)).toEqual([
      { done: 2, steps: 3 },
      { done: 1, steps: 1 },
      { done: 0, steps: 0 },
    ]);
  });

  it('scores each guard on what they acknowledged first, resolved, and ticked', () => {
    expect(report.guards).toEqual([
      {
        guard: 'ana',
        acknowledged: 2,
        acknowledgeMedianS: 37.5,
        acknowledgeWorstS: 45,
        acknowledgeMet: 2,
        resolved: 2,
        resolveMedianS: 1300,
        resolveWorstS: 2000,
        resolveMet: 1,
        checklistDone: 3,
        checklistSteps: 4,
        checklistShare: 0.75,
        stepsTicked: 2,
      },
      {
        guard: 'ben',
        acknowledged: 1,
        acknowledgeMedianS: 90,
        acknowledgeWorstS: 90,
        acknowledgeMet: 0,
        resolved: 0,
        resolveMedianS: null,
        resolveWorstS: null,
        resolveMet: 0,
        checklistDone: 0,
        checklistSteps: 0,
        checklistShare: null,
        stepsTicked: 1,
      },
    ]);
    expect(report.summary).toEqual({
      alarms: 3,
      acknowledged: 3,
      resolved: 2,
      acknowledgeMet: 2,
      resolveMet: 1,
      checklistDone: 3,
      checklistSteps: 4,
    });
  });

  it('falls back to the record for a resolution the log lacks, and reports a drill nobody touched', () => {
    const old = alarmRecord({ id: 9, raisedAt: T0, drill: 7, resolvedAt: T0 + 5_000, resolvedBy: 'cat' });
    const fallback = scoreDrill({
      ...{ drill, site: null, place: () => '' },
      generatedAt: T0 + 10_000,
      alarms: [old],
      alarmActions: new Map(),
    });
    expect(fallback.alarms[0]?.resolved).toEqual({ by: 'cat', at: T0 + 5_000, afterS: 5, disposition: null });
    expect(fallback.timezone).toBe('UTC');
    const empty = scoreDrill({
      drill,
      site: null,
      place: () => '',
      generatedAt: T0,
      alarms: [],
      alarmActions: new Map(),
    });
    expect(empty.guards).toEqual([]);
    expect(empty.summary.alarms).toBe(0);
  });
});
