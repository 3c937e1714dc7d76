import { describe, expect, it } from 'vitest';
import { computeShiftReport } from '../../../../../electron/core/reports/compute-shift-report.js';
import { reportCsv } from '../../../../../electron/core/reports/csv/report-csv.js';
import { action, alarm, FROM, MIN, resolvedAlarm, rows, S, SITE } from './report-fixtures.js';

describe('drill alarms in the shift report', () => {
  const real = resolvedAlarm(FROM + 10 * MIN, 30 * S, 10 * MIN);
  const drillA = resolvedAlarm(FROM + 20 * MIN, 400 * S, 20 * MIN, { drill: 4 });
  const drillB = alarm({ raisedAt: FROM + 21 * MIN, drill: 4 });
  const drillC = alarm({ raisedAt: FROM + 22 * MIN, drill: 5 });
  const report = computeShiftReport(
    rows({
      alarms: [drillC, real, drillA, drillB],
      actions: [
        action({ action: 'note', at: FROM + 11 * MIN, alarmId: real.id }),
        action({ action: 'note', at: FROM + 21 * MIN, alarmId: drillA.id }),
        action({ action: 'escalate', at: FROM + 23 * MIN, alarmId: drillB.id, operator: 'system' }),
        action({ action: 'start-drill', at: FROM + 19 * MIN, detail: { drillId: 4 } }),
      ],
    }),
    SITE,
  );

  it('keeps them out of the alarm list, the summary and the response KPIs', () => {
    expect(report.alarms.map((entry) => entry.id)).toEqual([real.id]);
    expect(report.summary).toMatchObject({ alarmsRaised: 1, resolved: 1, openAtEnd: 0, notes: 1, escalations: 0 });
    const all = report.kpis.response.find((row) => row.priority === 'all');
    expect(all?.acknowledge.samples).toBe(1);
    expect(all?.acknowledge.medianS).toBe(30);
  });

  it('lists them per drill, and their actions nowhere else', () => {
    expect(report.drills).toEqual([
      { drill: 4, alarms: 2, acknowledgedAtEnd: 1, resolvedAtEnd: 1, alarmIds: [drillA.id, drillB.id] },
      { drill: 5, alarms: 1, acknowledgedAtEnd: 0, resolvedAtEnd: 0, alarmIds: [drillC.id] },
    ]);
    // The drill's start is a supervisor's action on no alarm: it stays under other actions.
    expect(report.otherActions.map((row) => row.action)).toEqual(['start-drill']);
  });

  it('gives the CSV export a drill section of its own, one row per drill', () => {
    const drillRows = reportCsv(report)
      .split('\r\n')
      .filter((line) => line.startsWith('drill,'));
    expect(drillRows).toEqual([`drill,4,2,1,1,${drillA.id} ${drillB.id}`, `drill,5,1,0,0,${drillC.id}`]);
    expect(reportCsv(report)).toContain(
      'section,drill,drill alarms raised,acknowledged by end,resolved by end,alarm ids\r\n',
    );
  });
});
