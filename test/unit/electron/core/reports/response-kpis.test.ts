import { describe, expect, it } from 'vitest';
import { clockKpi, judgeClock, toSeconds } from '../../../../../electron/core/reports/response-kpis.js';
import { FROM, S, TO } from './report-fixtures.js';

const clock = (raisedAt: number, doneAfterS: number | null, targetS = 60) => ({
  raisedAt,
  doneAt: doneAfterS === null ? null : raisedAt + doneAfterS * S,
  targetS,
});

describe('judgeClock: as it stood at the end of the range', () => {
  it('meets the target at exactly the target (the escalation fires only past it)', () => {
    expect(judgeClock(clock(FROM, 60), TO)).toEqual({ elapsedMs: 60_000, verdict: 'met' });
    expect(judgeClock(clock(FROM, 60.001), TO)).toEqual({ elapsedMs: 60_001, verdict: 'missed' });
  });

  it('an acknowledgement after the end does not count: missed once the target had passed, else pending', () => {
    expect(judgeClock(clock(TO - 120 * S, 150), TO)).toEqual({ elapsedMs: null, verdict: 'missed' });
    expect(judgeClock(clock(TO - 30 * S, 40), TO)).toEqual({ elapsedMs: null, verdict: 'pending' });
    expect(judgeClock(clock(TO - 60 * S, null), TO)).toEqual({ elapsedMs: null, verdict: 'pending' });
    expect(judgeClock(clock(TO - 61 * S, null), TO)).toEqual({ elapsedMs: null, verdict: 'missed' });
  });

  it('done exactly at the end is after the end (the range excludes it)', () => {
    expect(judgeClock(clock(TO - 10 * S, 10), TO).verdict).toBe('pending');
  });
});

describe('clockKpi', () => {
  it('odd count: median is the middle time; p90 interpolates', () => {
    const kpi = clockKpi([clock(FROM, 20), clock(FROM, 40), clock(FROM, 120)], TO);
    // sorted 20, 40, 120: median 40; p90 rank 1.8 → 40 + 0.8 × 80 = 104
    expect(kpi).toEqual({
      samples: 3,
      medianS: 40,
      p90S: 104,
      targetsS: [60],
      met: 2,
      missed: 1,
      pending: 0,
      metShare: 2 / 3,
    });
  });

  it('even count: median is the mean of the middle two', () => {
    const kpi = clockKpi([clock(FROM, 10), clock(FROM, 30), clock(FROM, 50), clock(FROM, 90)], TO);
    // 10, 30, 50, 90: median 40; p90 rank 2.7 → 50 + 0.7 × 40 = 78
    expect(kpi).toMatchObject({ samples: 4, medianS: 40, p90S: 78, met: 3, missed: 1, metShare: 0.75 });
  });

  it('judges each alarm against its own target and lists the targets seen', () => {
    const kpi = clockKpi([clock(FROM, 45, 30), clock(FROM, 45, 90)], TO);
    expect(kpi).toMatchObject({ targetsS: [30, 90], met: 1, missed: 1, metShare: 0.5 });
  });

  it('open alarms add to missed or pending but not to the times', () => {
    const kpi = clockKpi([clock(FROM, 30), clock(TO - 600 * S, null), clock(TO - 10 * S, null)], TO);
    expect(kpi).toMatchObject({ samples: 1, medianS: 30, p90S: 30, met: 1, missed: 1, pending: 1, metShare: 0.5 });
  });

  it('nothing to judge gives nulls, not zeros', () => {
    expect(clockKpi([], TO)).toEqual({
      samples: 0,
      medianS: null,
      p90S: null,
      targetsS: [],
      met: 0,
      missed: 0,
      pending: 0,
      metShare: null,
    });
    expect(clockKpi([clock(TO - S, null)], TO).metShare).toBeNull();
  });

  it('keeps millisecond precision without binary noise', () => {
    expect(toSeconds(40_500.0000001)).toBe(40.5);
    expect(clockKpi([clock(FROM, 0.333), clock(FROM, 0.334)], TO).medianS).toBe(0.334);
  });
});
