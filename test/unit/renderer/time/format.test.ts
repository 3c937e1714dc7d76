import { describe, expect, it } from 'vitest';
import { formatAgo, formatCount, formatDuration, formatSkew } from '../../../../renderer/time/format.js';

describe('time formatting', () => {
  it('reads durations at a glance', () => {
    expect(formatDuration(-5)).toBe('0 s');
    expect(formatDuration(42_900)).toBe('42 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(183_600_000)).toBe('2 d 03 h');
  });

  it('says "just now" for the last couple of seconds', () => {
    expect(formatAgo(1_000, 2_500)).toBe('just now');
    expect(formatAgo(0, 65_000)).toBe('1 min 05 s ago');
  });

  it('shows clock skew only beyond 5 s, with its direction', () => {
    expect(formatSkew(4_000)).toBeNull();
    expect(formatSkew(-5_000)).toBeNull();
    expect(formatSkew(12_000)).toBe('12 s behind');
    expect(formatSkew(-90_000)).toBe('1 min 30 s ahead');
  });

  it("writes counts with thousands separators, whatever the page's locale", () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
});
