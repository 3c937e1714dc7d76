import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../../../../electron/core/accounts/password-hash.js';

describe('password hashing (scrypt)', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(hash).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  it('treats composed and decomposed unicode as the same password', async () => {
    const hash = await hashPassword('caf\u00e9-au-lait-42');
    expect(await verifyPassword('cafe\u0301-au-lait-42', hash)).toBe(true);
  });

  it('never matches a malformed or hostile stored hash, without throwing', async () => {
    for (const stored of [
      '',
      'plain',
      'scrypt$1$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5',
      'scrypt$1048576$64$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5',
    ])
      expect(await verifyPassword('anything', stored)).toBe(false);
  });

  it('refuses short, over-long and space-padded new passwords', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
    expect(passwordProblem(' padded-password ')).toMatch(/spaces/);
    expect(passwordProblem('a fine long passphrase')).toBeNull();
  });
});
