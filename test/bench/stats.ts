export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A sample's spread, rounded to a tenth: what a figure on a noisy machine should be quoted with. */
export type Spread = { n: number; min: number; p50: number; p99: number; max: number };

export function spread(values: readonly number[]): Spread {
  return {
    n: values.length,
    min: round(Math.min(...values), 1),
    p50: round(percentile(values, 50), 1),
    p99: round(percentile(values, 99), 1),
    max: round(Math.max(...values), 1),
  };
}
