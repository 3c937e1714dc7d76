import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Role } from '../../../shared/domain/operator.js';
import type { OperatorAdmin } from './operator-admin.js';

export type DemoAccount = { username: string; role: Role; password: string };
export type DemoAccounts = { file: string | null; accounts: DemoAccount[] };

const DEMO: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'guard', displayName: 'Demo Guard', role: 'guard' },
  { username: 'supervisor', displayName: 'Demo Supervisor', role: 'supervisor' },
  { username: 'admin', displayName: 'Demo Admin', role: 'admin' },
];

const WORDS =
  'amber birch cedar delta ember fjord grove harbour island juniper kestrel lantern meadow north orchard'.split(' ');

/** Three words and two digits: easy to read off a terminal and to type, 15^3 × 100 × random order. */
function demoPassword(): string {
  const word = () => WORDS[randomInt(WORDS.length)] ?? 'watch';
  return `${word()}-${word()}-${word()}-${randomInt(10, 100)}`;
}

export const demoAccountsFile = (dbPath: string): string | null =>
  dbPath === ':memory:' ? null : `${dbPath}.demo-accounts.txt`;

function readDemoFile(file: string): DemoAccount[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((fields): fields is [string, Role, string] => fields.length === 3)
    .map(([username, role, password]) => ({ username, role, password }));
}

/**
 * Demo mode (the simulator is running): on an empty database, a guard, a supervisor and an admin
 * with random passwords, written beside the database (mode 0600) so that later starts can print them again.
 */
export async function ensureDemoAccounts(
  admin: OperatorAdmin,
  accountCount: number,
  dbPath: string,
): Promise<DemoAccounts | null> {
  const file = demoAccountsFile(dbPath);
  if (accountCount > 0) return file && existsSync(file) ? { file, accounts: readDemoFile(file) } : null;
  const accounts = DEMO.map((demo) => ({ ...demo, password: demoPassword() }));
  for (const account of accounts) await admin.add(account, { operator: 'system', seat: 'core' });
  if (file)
    writeFileSync(file, accounts.map((a) => `${a.username}\t${a.role}\t${a.password}\n`).join(''), { mode: 0o600 });
  return { file, accounts: accounts.map(({ username, role, password }) => ({ username, role, password })) };
}
