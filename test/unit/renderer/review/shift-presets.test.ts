import { describe, expect, it } from 'vitest';
import { rangePresets, siteHour } from '../../../../renderer/review/shift-presets.js';

const iso = (at: number) => new Date(at).toISOString();

describe('shift presets in the site time zone', () => {
  it('puts a site-local hour at the right instant, summer and winter', () => {
    const summer = Date.UTC(2026, 6, 15, 12);
    expect(iso(siteHour(summer, 'Europe/London', 0, 22))).toBe('2026-07-15T21:00:00.000Z');
    expect(iso(siteHour(summer, 'America/New_York', -1, 6))).toBe('2026-07-14T10:00:00.000Z');
    const winter = Date.UTC(2026, 0, 15, 12);
    expect(iso(siteHour(winter, 'Europe/London', 0, 22))).toBe('2026-01-15T22:00:00.000Z');
  });

  it("last night's shift ends this morning at 06:00 once that has passed, else the morning before", () => {
    const [lastNight] = rangePresets(Date.UTC(2026, 0, 15, 9), 'Europe/London');
    expect([iso(lastNight?.from ?? 0), iso(lastNight?.to ?? 0)]).toEqual([
      '2026-01-14T22:00:00.000Z',
      '2026-01-15T06:00:00.000Z',
    ]);
    const [stillNight] = rangePresets(Date.UTC(2026, 0, 15, 3), 'Europe/London');
    expect([iso(stillNight?.from ?? 0), iso(stillNight?.to ?? 0)]).toEqual([
      '2026-01-13T22:00:00.000Z',
      '2026-01-14T06:00:00.000Z',
    ]);
  });

  it('is 9 hours long across the autumn clock change, 7 across the spring one', () => {
    const [autumn] = rangePresets(Date.UTC(2026, 9, 25, 12), 'Europe/London');
    expect(((autumn?.to ?? 0) - (autumn?.from ?? 0)) / 3_600_000).toBe(9);
    const [spring] = rangePresets(Date.UTC(2026, 2, 29, 12), 'Europe/London');
    expect(((spring?.to ?? 0) - (spring?.from ?? 0)) / 3_600_000).toBe(7);
  });
});
