import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRestart, recentFailures, RESTART_POLICY } from '../../../../electron/shell/core/restart-policy.js';

const { initialDelayMs, maxDelayMs, rapidWindowMs, maxRapidFailures } = RESTART_POLICY;

describe('decideRestart', () => {
  it('backs off exponentially from the first failure', () => {
    const delays = [1, 2, 3, 4].map((n) => {
      const times = Array.from({ length: n }, (_, i) => 1000 + i);
      return decideRestart(times, 1000 + n);
    });
    expect(delays).toEqual([
      { action: 'restart', attempt: 1, delayMs: initialDelayMs },
      { action: 'restart', attempt: 2, delayMs: initialDelayMs * 2 },
      { action: 'restart', attempt: 3, delayMs: initialDelayMs * 4 },
      { action: 'restart', attempt: 4, delayMs: initialDelayMs * 8 },
    ]);
  });

  it(`gives up at ${maxRapidFailures} failures inside the window`, () => {
    const times = Array.from({ length: maxRapidFailures }, (_, i) => i * 1000);
    expect(decideRestart(times, maxRapidFailures * 1000)).toEqual({ action: 'give-up', failures: maxRapidFailures });
  });

  it('forgets failures older than the window: a core that ran for a while starts over', () => {
    const old = Array.from({ length: 10 }, (_, i) => i);
    const now = 10 + rapidWindowMs;
    expect(decideRestart([...old, now], now)).toEqual({ action: 'restart', attempt: 1, delayMs: initialDelayMs });
  });

  it('treats "no failure recorded" as a first attempt rather than a zero delay', () => {
    expect(decideRestart([], 0)).toEqual({ action: 'restart', attempt: 1, delayMs: initialDelayMs });
  });

  it('ignores failures "from the future" and garbage timestamps', () => {
    expect(decideRestart([5000, 6000, Number.NaN, Number.POSITIVE_INFINITY, 100], 200)).toEqual({
      action: 'restart',
      attempt: 1,
      delayMs: initialDelayMs,
    });
  });

  it('caps the delay even with an absurd failure limit', () => {
    const policy = { ...RESTART_POLICY, maxRapidFailures: 10_000 };
    const times = Array.from({ length: 5000 }, (_, i) => i);
    const decision = decideRestart(times, 5000, policy);
    expect(decision).toEqual({ action: 'restart', attempt: 5000, delayMs: maxDelayMs });
  });

  it('always returns a finite delay between the initial delay and the cap, or gives up (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: false })),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (times, now) => {
          const decision = decideRestart(times, now);
          if (decision.action === 'give-up') return decision.failures >= maxRapidFailures;
          return (
            Number.isFinite(decision.delayMs) && decision.delayMs >= initialDelayMs && decision.delayMs <= maxDelayMs
          );
        },
      ),
    );
  });

  it('never shortens the delay when another rapid failure is added (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: maxRapidFailures - 2 }), (n) => {
        const times = Array.from({ length: n }, (_, i) => i);
        const a = decideRestart(times, n);
        const b = decideRestart([...times, n], n);
        return a.action === 'restart' && b.action === 'restart' && b.delayMs >= a.delayMs;
      }),
    );
  });
});

describe('recentFailures', () => {
  it('keeps only what still counts, so the list cannot grow forever', () => {
    expect(recentFailures([0, 10, 11, rapidWindowMs + 5], rapidWindowMs + 10)).toEqual([11, rapidWindowMs + 5]);
  });
});
