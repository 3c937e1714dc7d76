import { describe, expect, it } from 'vitest';
import { floodSummary } from '../../../../../electron/core/reports/flood-time.js';
import { FROM, MIN, S, TO } from './report-fixtures.js';

const range = { from: FROM, to: TO };
const burst = (at: number, n: number, spacing = 0) => Array.from({ length: n }, (_, i) => at + i * spacing);
const MID = FROM + 3 * 60 * MIN;

describe('ISA-18.2 flood time (more than 10 alarms raised in the preceding 10 minutes)', () => {
  it('exactly 10 at once is not a flood', () => {
    expect(floodSummary(burst(MID, 10), range)).toMatchObject({ totalS: 0, periods: [], busiestWindow: 10 });
  });

  it('11 at once floods for the 10 minutes they stay in the window', () => {
    expect(floodSummary(burst(MID, 11), range)).toMatchObject({
      totalS: 600,
      periods: [{ start: MID, end: MID + 10 * MIN, peak: 11 }],
      busiestWindow: 11,
    });
  });

  it('11 a minute apart never has more than 10 in a window: the first leaves as the eleventh arrives', () => {
    expect(floodSummary(burst(MID, 11, MIN), range)).toMatchObject({ totalS: 0, busiestWindow: 10 });
  });

  it('11 59 s apart overlap for 10 s: from the eleventh raise until the first leaves', () => {
    // last raise at MID + 590 s; the first leaves the window at MID + 600 s
    expect(floodSummary(burst(MID, 11, 59 * S), range)).toMatchObject({
      totalS: 10,
      periods: [{ start: MID + 590 * S, end: MID + 600 * S, peak: 11 }],
    });
  });

  it('a burst just before the range floods its first minutes (raises before `from` are passed in)', () => {
    const before = burst(FROM - 5 * MIN, 11);
    expect(floodSummary(before, range)).toMatchObject({
      totalS: 300,
      periods: [{ start: FROM, end: FROM + 5 * MIN, peak: 11 }],
    });
  });

  it('a burst just before the end counts only up to the end', () => {
    expect(floodSummary(burst(TO - 2 * MIN, 12), range)).toMatchObject({
      totalS: 120,
      periods: [{ start: TO - 2 * MIN, end: TO, peak: 12 }],
    });
  });

  it('raises after the range do not count', () => {
    expect(floodSummary(burst(TO, 20), range)).toMatchObject({ totalS: 0, busiestWindow: 0 });
  });

  it('overlapping bursts make one period with the highest count as its peak', () => {
    // 11 at MID (flood MID … MID+10), 5 more at MID+5 (16 until MID+10, then 5), 6 more at MID+9 (…)
    const raises = [...burst(MID, 11), ...burst(MID + 5 * MIN, 5), ...burst(MID + 9 * MIN, 6)];
    // From MID+10: the first 11 leave; 5 + 6 = 11 remain until MID+15, when the 5 leave.
    expect(floodSummary(raises, range)).toMatchObject({
      totalS: 15 * 60,
      periods: [{ start: MID, end: MID + 15 * MIN, peak: 22 }],
      busiestWindow: 22,
    });
  });

  it('separate bursts are separate periods, and the total adds them', () => {
    const raises = [...burst(FROM + 60 * MIN, 11), ...burst(FROM + 120 * MIN, 15)];
    const flood = floodSummary(raises, range);
    expect(flood.periods.map((p) => [p.start - FROM, p.end - FROM, p.peak])).toEqual([
      [60 * MIN, 70 * MIN, 11],
      [120 * MIN, 130 * MIN, 15],
    ]);
    expect(flood.totalS).toBe(1200);
  });

  it('an empty night has no flood', () => {
    expect(floodSummary([], range)).toEqual({
      thresholdAlarms: 10,
      windowS: 600,
      totalS: 0,
      periods: [],
      busiestWindow: 0,
    });
  });
});
