import { randomInt, timingSafeEqual } from 'node:crypto';
import type { NewOperator } from '../../../shared/api/accounts.js';
import type { Authority, SignInOutcome } from './authority.js';
import { loginThrottle, PER_USERNAME } from './login-throttle.js';
import type { OperatorAdmin } from './operator-admin.js';

/** No 0/O or 1/I/L: the code is read off a terminal and typed in by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

export function newSetUpCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

export type BootstrapOutcome = SignInOutcome | { ok: false; reason: 'not-needed' | 'wrong-code' };

/**
 * First run with no accounts: the console prints a one-time set-up code, and whoever can read the
 * console's own output creates the first admin with it (in the browser or with `watchfloor user add`).
 */
export function bootstrap(accounts: { count(): number }, admin: OperatorAdmin, authority: Authority) {
  let code: string | null = accounts.count() === 0 ? newSetUpCode() : null;
  const throttle = loginThrottle(PER_USERNAME);
  let redeeming = false;

  return {
    /** The code to print, or null when accounts exist. */
    code: (): string | null => (accounts.count() === 0 ? code : null),
    needed: (): boolean => accounts.count() === 0,
    async redeem(given: string, first: Omit<NewOperator, 'role'>, address: string): Promise<BootstrapOutcome> {
      if (accounts.count() > 0 || code === null || redeeming) return { ok: false, reason: 'not-needed' };
      const wait = throttle.retryAfterMs([address]);
      if (wait > 0) return { ok: false, reason: 'throttled', retryAfterS: Math.ceil(wait / 1000) };
      const expected = Buffer.from(code);
      const actual = Buffer.from(given.trim().toUpperCase());
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
        throttle.fail([address]);
        return { ok: false, reason: 'wrong-code' };
      }
      redeeming = true;
      try {
        await admin.add({ ...first, role: 'admin' }, { operator: first.username, seat: 'set-up' });
        code = null;
      } finally {
        redeeming = false;
      }
      return authority.signIn(first.username, first.password, address, 'set-up');
    },
  };
}
export type Bootstrap = ReturnType<typeof bootstrap>;
