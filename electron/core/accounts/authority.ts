import type { Operator } from '../../../shared/domain/operator.js';
import type { SignedIn } from '../../../shared/api/accounts.js';
import type { OperatorAccount } from '../store/operators.js';
import type { AccountDeps } from './account-deps.js';
import { loginThrottle, PER_ADDRESS, PER_USERNAME } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { newSessionToken, tokenHash } from './session-token.js';

/** A shift (12 h) plus a handover: after this, sign in again. */
export const SESSION_LIFETIME_MS = 13 * 60 * 60_000;

export type SignInOutcome =
  | ({ ok: true } & SignedIn)
  | { ok: false; reason: 'refused' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

/** A session as the core holds it: who, and the key that ends it. */
export type Session = { operator: Operator; tokenHash: string; expiresAt: number };

export const publicOperator = (account: OperatorAccount): Operator => ({
  id: account.id,
  username: account.username,
  displayName: account.displayName,
  role: account.role,
});

/**
 * Who may use the console: sign-in with a password (throttled, audited in the action log),
 * sessions that expire, and the check every HTTP request and socket makes.
 */
export function createAuthority(deps: AccountDeps) {
  const now = deps.now ?? Date.now;
  const byUsername = loginThrottle(PER_USERNAME, now);
  const byAddress = loginThrottle(PER_ADDRESS, now);
  // A wrong username costs as much time as a wrong password, so timing does not reveal accounts.
  let decoy: Promise<string> | null = null;
  const decoyHash = () => (decoy ??= hashPassword(newSessionToken()));

  const audit = (action: string, operator: string, seat: string, detail: Record<string, unknown>) =>
    deps.actions.append({ at: now(), operator, seat, action, alarmId: null, incidentId: null, deviceId: null, detail });

  return {
    async signIn(username: string, password: string, address: string, seat = 'console'): Promise<SignInOutcome> {
      const user = [username.toLowerCase()];
      const from = [address];
      const wait = Math.max(byUsername.retryAfterMs(user), byAddress.retryAfterMs(from));
      if (wait > 0) {
        audit('sign-in-refused', username.slice(0, 64) || '?', seat, { address, reason: 'throttled' });
        return { ok: false, reason: 'throttled', retryAfterS: Math.ceil(wait / 1000) };
      }
      const account = deps.operators.byName(username);
      const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
      if (!account || !matches || account.disabledAt !== null) {
        byUsername.fail(user);
        byAddress.fail(from);
        const reason = !account ? 'unknown-user' : !matches ? 'wrong-password' : 'disabled';
        audit('sign-in-refused', username.slice(0, 64) || '?', seat, { address, reason });
        return { ok: false, reason: 'refused' };
      }
      byUsername.succeed(user);
      const token = newSessionToken();
      const at = now();
      const expiresAt = at + SESSION_LIFETIME_MS;
      deps.inTransaction(() => {
        deps.sessions.add(tokenHash(token), account.id, at, expiresAt, address);
        audit('sign-in', account.username, seat, { address, role: account.role });
      });
      return { ok: true, token, operator: publicOperator(account), expiresAt };
    },

    /** The live session a token belongs to, or null (unknown, expired, or its operator disabled). */
    session(token: string): Session | null {
      const hash = tokenHash(token);
      const row = deps.sessions.find(hash);
      if (!row || row.expiresAt <= now()) return null;
      const account = deps.operators.byId(row.operatorId);
      if (!account || account.disabledAt !== null) return null;
      return { operator: publicOperator(account), tokenHash: hash, expiresAt: row.expiresAt };
    },

    signOut(session: Session, seat = 'console'): void {
      deps.inTransaction(() => {
        deps.sessions.remove(session.tokenHash);
        audit('sign-out', session.operator.username, seat, {});
      });
      deps.sessionsEnded(null, [session.tokenHash]);
    },

    /** Drops expired sessions from the table; they are refused anyway. */
    sweep: (): number => deps.sessions.removeExpired(now()),
  };
}
export type Authority = ReturnType<typeof createAuthority>;
