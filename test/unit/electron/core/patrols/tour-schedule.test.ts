import { describe, expect, it } from 'vitest';
import { nextRunStart, runStarts, siteInstant } from '../../../../../electron/core/patrols/tour-schedule.js';

const LONDON = 'Europe/London';

describe('tour start times in the site timezone', () => {
  it('gives the instant of a wall time in winter (GMT) and summer (BST)', () => {
    expect(siteInstant(Date.UTC(2026, 0, 10, 22, 0), LONDON)).toBe(Date.UTC(2026, 0, 10, 22, 0));
    expect(siteInstant(Date.UTC(2026, 6, 10, 22, 0), LONDON)).toBe(Date.UTC(2026, 6, 10, 21, 0));
  });

  it('takes the first of a time that happens twice and the later offset for one the clocks skip', () => {
    // 25 October 2026: 01:30 happens at 00:30Z (BST) and 01:30Z (GMT).
    expect(siteInstant(Date.UTC(2026, 9, 25, 1, 30), LONDON)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    // 29 March 2026: 01:30 does not exist; it is 02:30 BST, 01:30Z.
    expect(siteInstant(Date.UTC(2026, 2, 29, 1, 30), LONDON)).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('lists starts across midnight, oldest first', () => {
    const tour = { schedule: ['22:00', '02:00'] };
    const after = Date.UTC(2026, 10, 20, 12, 0);
    expect(runStarts(tour, LONDON, after, after + 86_400_000)).toEqual([
      Date.UTC(2026, 10, 20, 22, 0),
      Date.UTC(2026, 10, 21, 2, 0),
    ]);
    expect(nextRunStart(tour, LONDON, Date.UTC(2026, 10, 20, 22, 0))).toBe(Date.UTC(2026, 10, 21, 2, 0));
  });

  it('follows the site timezone, not UTC', () => {
    const tour = { schedule: ['09:00'] };
    expect(nextRunStart(tour, 'America/New_York', Date.UTC(2026, 10, 20, 0, 0))).toBe(Date.UTC(2026, 10, 20, 14, 0));
  });
});
