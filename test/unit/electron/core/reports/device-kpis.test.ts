import { describe, expect, it } from 'vitest';
import { reportAlarm } from '../../../../../electron/core/reports/alarm-timeline.js';
import { deviceStats, falseAlarmRate, isFalseAlarm } from '../../../../../electron/core/reports/device-kpis.js';
import { siteNames } from '../../../../../electron/core/reports/site-names.js';
import type { Alarm } from '../../../../../shared/domain/alarm.js';
import { alarm, FROM, MIN, resolvedAlarm, SITE, TO } from './report-fixtures.js';

const shown = (alarms: Alarm[]) => alarms.map((a) => reportAlarm(a, [], { from: FROM, to: TO }, siteNames(SITE)));
const at = (minutes: number) => FROM + minutes * MIN;

describe('false alarms', () => {
  it('are the dispositions starting with false-', () => {
    expect(isFalseAlarm('false-equipment')).toBe(true);
    expect(isFalseAlarm('false-user-error')).toBe(true);
    expect(
      ['genuine-intruder', 'genuine-other', 'test', 'environmental', 'unknown', null].map((d) =>
        isFalseAlarm(d as never),
      ),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('rate = false / resolved within the range; open alarms and resolutions after the end are left out', () => {
    const alarms = shown([
      resolvedAlarm(at(10), MIN, 5 * MIN, { disposition: 'false-equipment' }),
      resolvedAlarm(at(20), MIN, 5 * MIN, { disposition: 'false-user-error' }),
      resolvedAlarm(at(30), MIN, 5 * MIN, { disposition: 'genuine-intruder' }),
      resolvedAlarm(at(40), MIN, 5 * MIN, { disposition: 'test' }),
      alarm({ raisedAt: at(50) }),
      // resolved false, but after the end: not known within the range
      resolvedAlarm(TO - MIN, 30_000, 2 * MIN, { disposition: 'false-equipment' }),
    ]);
    expect(falseAlarmRate(alarms)).toEqual({ resolved: 4, falseAlarms: 2, rate: 0.5 });
  });

  it('no resolution, no rate', () => {
    expect(falseAlarmRate(shown([alarm()]))).toEqual({ resolved: 0, falseAlarms: 0, rate: null });
    expect(falseAlarmRate([])).toEqual({ resolved: 0, falseAlarms: 0, rate: null });
  });
});

describe('noisiest devices', () => {
  it('rank by occurrences (re-triggers included), then alarms, then id, with a false-alarm rate each', () => {
    const pir = { deviceId: 'pir-g-dock', condition: 'motion' as const, zone: null };
    const stats = deviceStats(
      shown([
        // the door: 2 alarms, 2 occurrences, one false of two resolved
        resolvedAlarm(at(10), MIN, 5 * MIN, { disposition: 'false-equipment' }),
        resolvedAlarm(at(20), MIN, 5 * MIN, { disposition: 'genuine-other' }),
        // the PIR: 1 alarm that re-triggered 4 times, still open
        alarm({ ...pir, raisedAt: at(30), count: 5, transitions: [1, 2, 3, 4, 5].map((i) => at(30 + i)) }),
        // two quiet devices with one alarm each, tied: by id
        alarm({ deviceId: 'z-sensor', raisedAt: at(40) }),
        alarm({ deviceId: 'a-sensor', raisedAt: at(41) }),
      ]),
    );
    expect(
      stats.map((d) => [d.deviceId, d.alarms, d.occurrences, d.resolved, d.falseAlarms, d.falseAlarmRate]),
    ).toEqual([
      ['pir-g-dock', 1, 5, 0, 0, null],
      ['door-g-dock', 2, 2, 2, 1, 0.5],
      ['a-sensor', 1, 1, 0, 0, null],
      ['z-sensor', 1, 1, 0, 0, null],
    ]);
    expect(stats[1]).toMatchObject({ name: 'Loading dock door', zone: 'loading-dock', zoneName: 'Loading dock' });
  });
});
