import type { RunningConsole } from '../console.js';

/** What to print at start-up so that the first person can sign in. */
export function describeAccess({ setUpCode, demoAccounts }: RunningConsole['access'], httpUrl: string): string[] {
  if (setUpCode)
    return [
      'No operator accounts yet. Create the first admin:',
      `  in the browser at ${httpUrl} with the set-up code ${setUpCode}`,
      '  or on this machine: watchfloor user add <name> --role admin --db <database>',
    ];
  if (!demoAccounts) return [];
  return [
    `Demo accounts${demoAccounts.file ? ` (also in ${demoAccounts.file})` : ''}:`,
    ...demoAccounts.accounts.map(
      ({ username, role, password }) => `  ${username.padEnd(11)} ${role.padEnd(11)} ${password}`,
    ),
  ];
}
