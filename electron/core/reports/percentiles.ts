/**
 * Percentile with linear interpolation between closest ranks (Excel's PERCENTILE.INC, NumPy's
 * default), so a supervisor re-checking the export in a spreadsheet gets the same number.
 * `sorted` must be ascending; `p` in [0, 1]. Null for no values.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  const first = sorted[0];
  if (first === undefined) return null;
  const rank = (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const below = sorted[lower] ?? first;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below;
  return below + (rank - lower) * (above - below);
}

export const median = (sorted: readonly number[]): number | null => percentile(sorted, 0.5);
