import { describe, expect, it } from 'vitest';
import { alarmsByHour } from '../../../../../electron/core/reports/hour-buckets.js';
import { parseSiteTime } from '../../../../../electron/core/reports/parse-site-time.js';
import {
  formatDateTime,
  formatIso,
  isTimezone,
  nextLocalHour,
  zoneOffsetMs,
} from '../../../../../electron/core/reports/site-time.js';

const LONDON = 'Europe/London';
const H = 3_600_000;

describe('site time', () => {
  it('formats in the site’s zone with its offset', () => {
    expect(formatIso(Date.UTC(2025, 6, 1, 21, 30, 5), LONDON)).toBe('2025-07-01T22:30:05+01:00');
    expect(formatIso(Date.UTC(2025, 10, 21, 22), LONDON)).toBe('2025-11-21T22:00:00+00:00');
    expect(formatIso(Date.UTC(2025, 10, 21, 22), 'Asia/Kolkata')).toBe('2025-11-22T03:30:00+05:30');
    expect(formatIso(Date.UTC(2025, 10, 21, 22), 'America/New_York')).toBe('2025-11-21T17:00:00-05:00');
    expect(formatDateTime(Date.UTC(2025, 10, 21, 22, 14), LONDON)).toBe('Fri 21 Nov 2025 22:14');
    expect(zoneOffsetMs(Date.UTC(2025, 6, 1), LONDON)).toBe(H);
  });

  it('knows a timezone from a typo', () => {
    expect(isTimezone(LONDON)).toBe(true);
    expect(isTimezone('Europe/Londn')).toBe(false);
  });

  it('steps local hours through both clock changes', () => {
    // 2026-03-29 01:00 GMT → 02:00 BST: the local hour 01 does not exist.
    const spring = Date.UTC(2026, 2, 29, 0);
    expect(nextLocalHour(spring, LONDON) - spring).toBe(H);
    // 2026-10-25 02:00 BST → 01:00 GMT: local 01 happens twice, each a real hour.
    const autumn = Date.UTC(2026, 9, 25, 0); // 01:00 BST
    expect(nextLocalHour(autumn, LONDON) - autumn).toBe(H);
    expect(nextLocalHour(autumn + H, LONDON) - autumn).toBe(2 * H);
    // Half-hour zones: boundaries on the local hour, i.e. at :30 UTC.
    expect(new Date(nextLocalHour(Date.UTC(2025, 0, 1, 0, 10), 'Asia/Kolkata')).toISOString()).toBe(
      '2025-01-01T00:30:00.000Z',
    );
  });

  it('buckets alarms by local hour, with partial first and last hours', () => {
    const from = Date.UTC(2025, 10, 21, 22, 30);
    const to = Date.UTC(2025, 10, 22, 1, 15);
    const buckets = alarmsByHour([from, from + 10 * 60_000, Date.UTC(2025, 10, 22, 1, 14, 59)], { from, to }, LONDON);
    expect(buckets.map((b) => [b.label, b.alarms, (b.end - b.start) / 60_000])).toEqual([
      ['22:30', 2, 30],
      ['23:00', 0, 60],
      ['00:00', 0, 60],
      ['01:00', 1, 15],
    ]);
  });

  it('labels the night of the autumn change with 01 twice, 9 buckets for 9 hours', () => {
    const from = Date.UTC(2026, 9, 24, 21); // 22:00 BST
    const to = Date.UTC(2026, 9, 25, 6); // 06:00 GMT
    expect(alarmsByHour([], { from, to }, LONDON).map((b) => b.label.slice(0, 2))).toEqual([
      '22',
      '23',
      '00',
      '01',
      '01',
      '02',
      '03',
      '04',
      '05',
    ]);
  });
});

describe('parseSiteTime', () => {
  it('reads local wall-clock time in the site’s zone', () => {
    expect(parseSiteTime('2025-11-21T22:00', LONDON)).toEqual({ ok: true, at: Date.UTC(2025, 10, 21, 22) });
    expect(parseSiteTime('2025-07-01T22:00', LONDON)).toEqual({ ok: true, at: Date.UTC(2025, 6, 1, 21) });
    expect(parseSiteTime('2025-07-01', LONDON)).toEqual({ ok: true, at: Date.UTC(2025, 5, 30, 23) });
    expect(parseSiteTime('2025-07-01 06:30:15.5', LONDON)).toEqual({
      ok: true,
      at: Date.UTC(2025, 6, 1, 5, 30, 15, 500),
    });
  });

  it('takes an explicit offset as an exact instant', () => {
    expect(parseSiteTime('2025-07-01T22:00Z', LONDON)).toEqual({ ok: true, at: Date.UTC(2025, 6, 1, 22) });
    expect(parseSiteTime('2025-07-01T22:00+02:00', LONDON)).toEqual({ ok: true, at: Date.UTC(2025, 6, 1, 20) });
    expect(parseSiteTime('2025-07-01T22:00-0530', LONDON)).toEqual({ ok: true, at: Date.UTC(2025, 6, 2, 3, 30) });
  });

  it('refuses what is not a date, a date that does not exist, and clock-change gaps and overlaps', () => {
    const reason = (text: string) => {
      const parsed = parseSiteTime(text, LONDON);
      return parsed.ok ? 'ok' : parsed.reason;
    };
    expect(reason('last night')).toMatch(/not an ISO 8601/);
    expect(reason('21/11/2025')).toMatch(/not an ISO 8601/);
    expect(reason('2025-02-29')).toMatch(/no such date/);
    expect(reason('2025-11-21T24:00')).toMatch(/no such date/);
    expect(reason('2025-11-21T22:00+25:00')).toMatch(/no such offset/);
    expect(reason('2026-03-29T01:30')).toMatch(/does not exist in Europe\/London/);
    expect(reason('2026-10-25T01:30')).toMatch(/happens twice/);
    expect(reason('2026-10-25T01:30+01:00')).toBe('ok');
  });
});
