import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../../../electron/core/reports/percentiles.js';

describe('percentile (PERCENTILE.INC)', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3])).toBe(3);
    expect(median([1, 3, 5])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([40, 120])).toBe(80);
  });

  it('interpolates the 90th percentile between the closest ranks', () => {
    // rank (n − 1) × 0.9: 10 values → 8.1 → 9 + 0.1 × (10 − 9)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    // 3 values → rank 1.8 → 3 + 0.8 × (5 − 3)
    expect(percentile([1, 3, 5], 0.9)).toBeCloseTo(4.6, 10);
    // 2 values → rank 0.9 → 40 + 0.9 × 80
    expect(percentile([40, 120], 0.9)).toBe(112);
    expect(percentile([7], 0.9)).toBe(7);
  });

  it('has no value for no samples', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
  });

  it('agrees with the extremes', () => {
    expect(percentile([2, 4, 8], 0)).toBe(2);
    expect(percentile([2, 4, 8], 1)).toBe(8);
  });
});
