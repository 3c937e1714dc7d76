import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_LIMIT_MS, isClockSkewed } from '../../../../shared/domain/device-state.js';

describe('device clock skew', () => {
  it('counts a device as skewed only beyond the limit, either way', () => {
    expect(isClockSkewed({ clockSkewMs: null })).toBe(false);
    expect(isClockSkewed({ clockSkewMs: CLOCK_SKEW_LIMIT_MS })).toBe(false);
    expect(isClockSkewed({ clockSkewMs: CLOCK_SKEW_LIMIT_MS + 1 })).toBe(true);
    expect(isClockSkewed({ clockSkewMs: -3_600_000 })).toBe(true);
  });
});
