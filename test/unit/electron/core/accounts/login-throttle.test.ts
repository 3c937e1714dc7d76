import { describe, expect, it } from 'vitest';
import { MAX_TRACKED_KEYS, loginThrottle, PER_USERNAME } from '../../../../../electron/core/accounts/login-throttle.js';

const { maxFailures: MAX_FAILURES, windowMs: FAILURE_WINDOW_MS } = PER_USERNAME;

describe('the sign-in throttle', () => {
  it('makes a key wait after too many failures in the window, then lets it try again', () => {
    let now = 1_000_000;
    const throttle = loginThrottle(PER_USERNAME, () => now);
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) throttle.fail(['user:a']);
    expect(throttle.retryAfterMs(['user:a'])).toBe(0);
    throttle.fail(['user:a']);
    expect(throttle.retryAfterMs(['user:a'])).toBe(FAILURE_WINDOW_MS);
    expect(throttle.retryAfterMs(['user:b'])).toBe(0);
    now += FAILURE_WINDOW_MS / 2;
    expect(throttle.retryAfterMs(['user:b', 'user:a'])).toBe(FAILURE_WINDOW_MS / 2);
    now += FAILURE_WINDOW_MS / 2 + 1;
    expect(throttle.retryAfterMs(['user:a'])).toBe(0);
  });

  it('forgets a key that signed in, and caps what it remembers', () => {
    const throttle = loginThrottle(PER_USERNAME, () => 5);
    for (let i = 0; i < MAX_FAILURES; i += 1) throttle.fail(['user:a']);
    throttle.succeed(['user:a']);
    expect(throttle.retryAfterMs(['user:a'])).toBe(0);
    for (let i = 0; i < MAX_TRACKED_KEYS + 50; i += 1) throttle.fail([`user:${i}`]);
    for (let i = 0; i < MAX_FAILURES; i += 1) throttle.fail(['address:x']);
    expect(throttle.retryAfterMs(['address:x'])).toBeGreaterThan(0);
  });
});
