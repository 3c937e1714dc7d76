/**
 * When the core dies, how long to wait before starting it again, and when to stop trying. Times are
 * monotonic milliseconds (performance.now()), so a wall-clock jump cannot fake or hide failures.
 */
export type RestartPolicy = {
  initialDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this no longer count: a core that ran fine for a while starts over at attempt 1. */
  rapidWindowMs: number;
  /** This many failures inside the window and the shell gives up and says so. */
  maxRapidFailures: number;
};

export const RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  rapidWindowMs: 120_000,
  maxRapidFailures: 5,
};

export type RestartDecision =
  { action: 'restart'; attempt: number; delayMs: number } | { action: 'give-up'; failures: number };

/** Failures still inside the window; also the list to keep, so it can never grow without bound. */
export function recentFailures(
  failureTimes: readonly number[],
  now: number,
  policy: RestartPolicy = RESTART_POLICY,
): number[] {
  return failureTimes.filter((time) => Number.isFinite(time) && time <= now && now - time < policy.rapidWindowMs);
}

export function decideRestart(
  failureTimes: readonly number[],
  now: number,
  policy: RestartPolicy = RESTART_POLICY,
): RestartDecision {
  const failures = recentFailures(failureTimes, now, policy).length;
  if (failures >= policy.maxRapidFailures) return { action: 'give-up', failures };
  const attempt = Math.max(1, failures);
  // 2 ** attempt overflows to Infinity long before the cap matters; Math.min handles that.
  const delayMs = Math.min(policy.initialDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return { action: 'restart', attempt, delayMs };
}
