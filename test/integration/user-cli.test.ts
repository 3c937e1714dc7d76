import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { verifyPassword } from '../../electron/core/accounts/password-hash.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');
const dir = tempDir('user-cli');
afterAll(() => dir.remove());
const db = join(dir.path, 'watchfloor.db');

/** `watchfloor user …` with `stdin` piped in, as a script would. */
const user = (args: string[], stdin = '') =>
  spawnSync(process.execPath, [BIN, 'user', ...args], { input: stdin, encoding: 'utf8', timeout: 30_000 });

const account = (username: string) => {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT * FROM operators WHERE username = ?').get(username) as
      { role: string; display_name: string; password_hash: string; disabled_at: number | null } | undefined;
  } finally {
    handle.close();
  }
};

describe('watchfloor user', () => {
  it('adds operators with the password from standard input, never from argv', async () => {
    const added = user(
      ['add', 'j.osei', '--role', 'supervisor', '--name', 'J. Osei', '--db', db],
      'night-shift-2026\n',
    );
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('added supervisor j.osei (J. Osei)');
    const row = account('j.osei');
    expect(row).toMatchObject({ role: 'supervisor', display_name: 'J. Osei', disabled_at: null });
    expect(row?.password_hash).not.toContain('night-shift');
    expect(await verifyPassword('night-shift-2026', row?.password_hash ?? '')).toBe(true);

    const argv = user(['add', 'x', '--role', 'guard', '--password', 'in-the-clear-1', '--db', db]);
    expect(argv.status).toBe(2);
    expect(argv.stderr).toMatch(/never taken from the command line/);
    expect(account('x')).toBeUndefined();
  });

  it('reports bad input with what and where, and changes nothing', () => {
    const cases: [string[], string, RegExp][] = [
      [['add', 'weak', '--role', 'guard', '--db', db], 'short\n', /at least 10/],
      [['add', 'bad name', '--role', 'guard', '--db', db], 'long-enough-pass\n', /username "bad name"/],
      [
        ['add', 'nobody', '--role', 'boss', '--db', db],
        'long-enough-pass\n',
        /--role: must be one of guard, supervisor, admin, got "boss"/,
      ],
      [['add', 'J.OSEI', '--role', 'guard', '--db', db], 'long-enough-pass\n', /exists/],
      [['passwd', 'ghost', '--db', db], 'long-enough-pass\n', /no operator "ghost"/],
      [['frobnicate', '--db', db], '', /expected one of add, list, passwd, disable, enable, got "frobnicate"/],
      [['list', '--db', join(dir.path, 'missing.db')], '', /--db: no such file/],
    ];
    for (const [args, stdin, message] of cases) {
      const result = user(args, stdin);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect([1, 2], args.join(' ')).toContain(result.status);
    }
    expect(account('weak')).toBeUndefined();
  });

  it('lists, changes passwords and disables, keeping the last admin', async () => {
    expect(user(['add', 'chief', '--role', 'admin', '--db', db], 'chief-of-the-desk\n').status).toBe(0);
    expect(user(['passwd', 'j.osei', '--db', db], 'a-new-long-pass\n').status).toBe(0);
    expect(await verifyPassword('a-new-long-pass', account('j.osei')?.password_hash ?? '')).toBe(true);
    expect(user(['disable', 'j.osei', '--db', db]).status).toBe(0);
    const lastAdmin = user(['disable', 'chief', '--db', db]);
    expect(lastAdmin.status).toBe(1);
    expect(lastAdmin.stderr).toMatch(/last active admin/);
    const list = user(['list', '--db', db]);
    expect(list.stdout).toMatch(/^chief\tadmin\tchief\tactive$/m);
    expect(list.stdout).toMatch(/^j\.osei\tsupervisor\tJ\. Osei\tdisabled /m);
    expect(user(['--help']).stdout).toContain('Usage: watchfloor user');
  });
});
