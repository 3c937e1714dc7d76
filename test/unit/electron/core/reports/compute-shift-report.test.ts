import { describe, expect, it } from 'vitest';
import { computeShiftReport } from '../../../../../electron/core/reports/compute-shift-report.js';
import { action, alarm, FROM, MIN, resolvedAlarm, rows, S, SITE, TO } from './report-fixtures.js';

describe('computeShiftReport', () => {
  it('an empty range is a complete report with zeros, all four priorities and every hour', () => {
    const report = computeShiftReport(rows(), SITE);
    expect(report.summary).toEqual({
      alarmsRaised: 0,
      occurrences: 0,
      resolved: 0,
      openAtEnd: 0,
      unacknowledgedAtEnd: 0,
      escalations: 0,
      notes: 0,
      eventsStored: 0,
      earlierAlarmsActedOn: 0,
    });
    expect(report.kpis.byPriority).toHaveLength(4);
    expect(report.kpis.alarmsByHour.map((b) => b.label)).toEqual([
      '22:00',
      '23:00',
      '00:00',
      '01:00',
      '02:00',
      '03:00',
      '04:00',
      '05:00',
    ]);
    expect(report.patrols).toEqual({ recorded: false });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('counts a night by hand', () => {
    const door = resolvedAlarm(FROM + 60 * MIN, 40 * S, 20 * MIN, { disposition: 'genuine-intruder' });
    const pir = resolvedAlarm(FROM + 180 * MIN, 20 * S, 5 * MIN, {
      deviceId: 'pir-g-dock',
      condition: 'motion',
      priority: 3,
      zone: null,
      count: 3,
      transitions: [FROM + 180 * MIN, FROM + 181 * MIN, FROM + 182 * MIN],
      disposition: 'false-equipment',
      targets: { acknowledgeS: 90, resolveS: 3600 },
    });
    const open = alarm({
      raisedAt: TO - 2 * MIN,
      priority: 1,
      condition: 'panic',
      deviceId: 'panic-1',
      zone: 'reception',
    });
    const earlier = 99;
    const actions = [
      action({
        at: FROM + 10 * MIN,
        action: 'resolve',
        alarmId: earlier,
        deviceId: 'door-g-entrance',
        detail: { disposition: 'false-user-error' },
      }),
      action({ at: FROM + 61 * MIN, action: 'note', alarmId: door.id, detail: { text: 'one' } }),
      action({ at: FROM + 62 * MIN, action: 'note', alarmId: earlier, detail: { text: 'two' } }),
      action({
        at: TO - MIN,
        operator: 'system',
        seat: 'core',
        action: 'escalate',
        alarmId: open.id,
        detail: { target: 'acknowledge' },
      }),
      action({
        at: FROM + 100 * MIN,
        action: 'out-of-service',
        deviceId: 'pir-g-dock',
        detail: { reason: 'Repair', hours: 2 },
      }),
      action({
        at: FROM + 220 * MIN,
        operator: 'system',
        seat: 'core',
        action: 'return-to-service',
        deviceId: 'pir-g-dock',
        detail: { reason: 'out-of-service period over' },
      }),
      action({
        at: FROM + 230 * MIN,
        action: 'shelve',
        alarmId: earlier,
        deviceId: 'door-g-entrance',
        detail: { reason: 'sticky latch', minutes: 30 },
      }),
    ];
    const report = computeShiftReport(rows({ alarms: [open, pir, door], actions, eventsStored: 1234 }), SITE);

    expect(report.alarms.map((a) => a.id)).toEqual([door.id, pir.id, open.id]);
    expect(report.summary).toEqual({
      alarmsRaised: 3,
      occurrences: 5,
      resolved: 2,
      openAtEnd: 1,
      unacknowledgedAtEnd: 1,
      escalations: 1,
      notes: 2,
      eventsStored: 1234,
      earlierAlarmsActedOn: 1,
    });
    expect(report.kpis.byPriority.map((p) => [p.priority, p.alarms, p.occurrences])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 1, 3],
      [4, 0, 0],
    ]);
    // One alarm each: the motion's three occurrences rank its (missing) zone first, then by id.
    expect(report.kpis.byZone.map((z) => [z.zone, z.name, z.alarms])).toEqual([
      [null, null, 1],
      ['loading-dock', 'Loading dock', 1],
      ['reception', null, 1],
    ]);
    expect(report.kpis.byDisposition).toEqual([
      { disposition: 'false-equipment', alarms: 1 },
      { disposition: 'genuine-intruder', alarms: 1 },
      { disposition: null, alarms: 1 },
    ]);
    expect(report.kpis.falseAlarms).toEqual({ resolved: 2, falseAlarms: 1, rate: 0.5 });
    expect(report.kpis.devices[0]).toMatchObject({ deviceId: 'pir-g-dock', occurrences: 3, falseAlarmRate: 1 });
    expect(report.kpis.alarmsByHour.map((b) => b.alarms)).toEqual([0, 1, 0, 1, 0, 0, 0, 1]);
    expect(report.otherActions.map((o) => `${o.action} #${o.alarmId}: ${o.text}`)).toEqual([
      'resolve #99: false user error',
      'note #99: two',
      'shelve #99: 30 min: sticky latch',
    ]);
    expect(report.shelved).toEqual([
      {
        at: FROM + 230 * MIN,
        by: 'A. Osei',
        alarmId: earlier,
        deviceId: 'door-g-entrance',
        deviceName: null,
        reason: 'sticky latch',
        minutes: 30,
        until: FROM + 260 * MIN,
      },
    ]);
    expect(report.service.map((s) => [s.action, s.by, s.deviceName, s.reason, s.hours])).toEqual([
      ['out-of-service', 'A. Osei', 'Motion, loading dock', 'Repair', 2],
      ['return-to-service', 'system', 'Motion, loading dock', 'out-of-service period over', null],
    ]);
  });

  it('includes raises just before the range in the flood time', () => {
    const burst = Array.from({ length: 6 }, () => FROM - 2 * MIN);
    const inRange = Array.from({ length: 5 }, () => alarm({ raisedAt: FROM + MIN }));
    const report = computeShiftReport(rows({ alarms: inRange, raisesBefore: burst }), SITE);
    // 11 in the window from FROM + 1 min until the burst leaves at FROM + 8 min
    expect(report.kpis.flood).toMatchObject({ totalS: 420, busiestWindow: 11 });
  });

  it('without a site: UTC, ids instead of names', () => {
    const report = computeShiftReport(rows({ alarms: [alarm()] }), null);
    expect(report.site).toBeNull();
    expect(report.range.timezone).toBe('UTC');
    expect(report.alarms[0]).toMatchObject({ deviceName: null, zoneName: null });
  });
});
