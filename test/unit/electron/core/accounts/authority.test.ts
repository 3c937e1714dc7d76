import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthority, SESSION_LIFETIME_MS } from '../../../../../electron/core/accounts/authority.js';
import { PER_USERNAME } from '../../../../../electron/core/accounts/login-throttle.js';
import { operatorAdmin } from '../../../../../electron/core/accounts/operator-admin.js';
import { openStore, type Store } from '../../../../../electron/core/store/store.js';
import { tempDir } from '../../../../support/temp-dir.js';

describe('the authority: sign-in, sessions and account changes', () => {
  let store: Store;
  let now = 1_700_000_000_000;
  let ended: (number | null)[] = [];
  const deps = () => ({
    operators: store.operators,
    sessions: store.sessions,
    actions: store.actions,
    inTransaction: store.inTransaction,
    sessionsEnded: (operatorId: number | null) => void ended.push(operatorId),
    now: () => now,
  });
  const by = { operator: 'test', seat: 'test' };

  beforeEach(async () => {
    store = openStore(join(tempDir('authority').path, 'w.db'));
    ended = [];
    await operatorAdmin(deps()).add(
      { username: 'j.osei', displayName: 'J. Osei', role: 'guard', password: 'night-shift-2026' },
      by,
    );
  });
  afterEach(() => store.close());

  it('signs in with the right password, any case of username, and the token names the operator', async () => {
    const authority = createAuthority(deps());
    const outcome = await authority.signIn('J.OSEI', 'night-shift-2026', '127.0.0.1', 'desk-1');
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.token).toMatch(/^[\w-]{43}$/);
    expect(outcome.operator).toMatchObject({ username: 'j.osei', displayName: 'J. Osei', role: 'guard' });
    expect(authority.session(outcome.token)?.operator.username).toBe('j.osei');
    expect(authority.session('x'.repeat(43))).toBeNull();
    // The token itself is nowhere in the database.
    const dump = JSON.stringify(store.db.prepare('SELECT * FROM sessions').all());
    expect(dump).not.toContain(outcome.token);
    expect(store.actions.query({ limit: 10 }).map((a) => [a.action, a.operator, a.seat])).toContainEqual([
      'sign-in',
      'j.osei',
      'desk-1',
    ]);
  });

  it('refuses wrong passwords, unknown users and disabled accounts alike, and audits each', async () => {
    const authority = createAuthority(deps());
    expect(await authority.signIn('j.osei', 'wrong-password', 'a', 's')).toEqual({ ok: false, reason: 'refused' });
    expect(await authority.signIn('nobody', 'night-shift-2026', 'a', 's')).toEqual({ ok: false, reason: 'refused' });
    await operatorAdmin(deps()).add(
      { username: 'boss', displayName: 'Boss', role: 'admin', password: 'the-admin-pass' },
      by,
    );
    await operatorAdmin(deps()).change('j.osei', { disabled: true }, by);
    expect(await authority.signIn('j.osei', 'night-shift-2026', 'b', 's')).toEqual({ ok: false, reason: 'refused' });
    const refusals = store.actions.query({ action: 'sign-in-refused', limit: 10 }).map((a) => a.detail.reason);
    expect(refusals.sort()).toEqual(['disabled', 'unknown-user', 'wrong-password']);
  });

  it('throttles a username after repeated failures, even with the right password', async () => {
    const authority = createAuthority(deps());
    for (let i = 0; i < PER_USERNAME.maxFailures; i += 1)
      await authority.signIn('j.osei', `guess-${i}`, `10.0.0.${i}`, 's');
    const outcome = await authority.signIn('j.osei', 'night-shift-2026', '10.0.0.99', 's');
    expect(outcome).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('ends sessions on expiry, sign-out, a new password and disabling', async () => {
    const authority = createAuthority(deps());
    const signIn = async () => {
      const outcome = await authority.signIn('j.osei', 'night-shift-2026', 'a', 's');
      if (!outcome.ok) throw new Error('refused');
      return outcome.token;
    };
    const expiring = await signIn();
    now += SESSION_LIFETIME_MS;
    expect(authority.session(expiring)).toBeNull();
    expect(authority.sweep()).toBe(1);

    const signingOut = await signIn();
    authority.signOut(authority.session(signingOut) ?? expect.fail('no session'));
    expect(authority.session(signingOut)).toBeNull();

    const changed = await signIn();
    await operatorAdmin(deps()).change('j.osei', { password: 'a-brand-new-pass' }, by);
    expect(authority.session(changed)).toBeNull();
    expect(ended).toContain(store.operators.byName('j.osei')?.id);
  });

  it('keeps at least one active admin', async () => {
    const admin = operatorAdmin(deps());
    await admin.add({ username: 'root', displayName: 'Root', role: 'admin', password: 'the-admin-pass' }, by);
    await expect(admin.change('root', { disabled: true }, by)).rejects.toThrow(/last active admin/);
    await expect(admin.change('root', { role: 'guard' }, by)).rejects.toThrow(/last active admin/);
    await expect(
      admin.add({ username: 'ROOT', displayName: 'x', role: 'guard', password: 'the-admin-pass' }, by),
    ).rejects.toThrow(/exists/);
    await expect(
      admin.add({ username: 'weak', displayName: 'x', role: 'guard', password: 'short' }, by),
    ).rejects.toThrow(/at least 10/);
    expect(store.operators.byName('weak')).toBeUndefined();
  });
});
