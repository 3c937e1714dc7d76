import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { displayNameSchema, usernameSchema } from '../../../shared/api/accounts.js';
import { ROLES, type Role } from '../../../shared/domain/operator.js';
import { openAccounts } from '../accounts/accounts.js';
import { AccountError, type ChangedBy } from '../accounts/operator-admin.js';
import { ConfigError } from '../config/config-error.js';
import { openStore, type Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';
import { USER_HELP } from './help.js';
import { readPassword } from './read-password.js';

const OPTIONS = {
  db: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SUBCOMMANDS = ['add', 'list', 'passwd', 'disable', 'enable'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
const isSubcommand = (text: string | undefined): text is Subcommand =>
  (SUBCOMMANDS as readonly (string | undefined)[]).includes(text);

/** `watchfloor user add|list|passwd|disable|enable`: operator accounts, on the machine that holds the database. */
export async function user(argv: string[]): Promise<number> {
  if (argv.some((arg) => arg === '--password' || arg.startsWith('--password=')))
    throw new ConfigError(
      '--password: passwords are never taken from the command line (argv is visible to every user); type it at the prompt or pipe it on standard input',
    );
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(USER_HELP);
    return EXIT.ok;
  }
  const [subcommand, username, ...extra] = positionals;
  if (!isSubcommand(subcommand))
    throw new ConfigError(
      `expected one of ${SUBCOMMANDS.join(', ')}${subcommand ? `, got "${subcommand}"` : ''} (see watchfloor user --help)`,
    );
  if (extra.length > 0) throw new ConfigError(`unexpected argument "${extra[0]}" (see watchfloor user --help)`);
  const dbPath = values.db;
  if (!dbPath) throw new ConfigError('--db <file> is required (see watchfloor user --help)');
  if (subcommand !== 'add' && !existsSync(dbPath)) throw new ConfigError(`--db: no such file: ${dbPath}`);

  const store = openStore(dbPath);
  try {
    if (subcommand === 'list') return list(store);
    const name = checkedUsername(username, subcommand);
    return await change(store, subcommand, name, values);
  } catch (error) {
    if (error instanceof AccountError) {
      process.stderr.write(`watchfloor user ${subcommand}: ${error.message}\n`);
      return error.status === 404 || error.status === 400 ? EXIT.usage : EXIT.failure;
    }
    throw error;
  } finally {
    store.close();
  }
}

/** The command line acts as the person logged in to the console's machine. */
const byCommandLine = (): ChangedBy => ({ operator: `cli:${userInfo().username}`.slice(0, 64), seat: 'command-line' });

async function change(
  store: Store,
  subcommand: Exclude<Subcommand, 'list'>,
  username: string,
  values: { role?: string; name?: string },
): Promise<number> {
  const { admin } = openAccounts(store);
  if (subcommand === 'add') {
    const role = checkedRole(values.role);
    const displayName = displayNameSchema.safeParse(values.name ?? username);
    if (!displayName.success) throw new ConfigError(`--name: ${displayName.error.issues[0]?.message ?? 'invalid'}`);
    const password = await newPassword();
    const added = await admin.add({ username, displayName: displayName.data, role, password }, byCommandLine());
    process.stdout.write(`added ${added.role} ${added.username} (${added.displayName})\n`);
  } else if (subcommand === 'passwd') {
    await admin.change(username, { password: await newPassword() }, byCommandLine());
    process.stdout.write(`password changed for ${username}; their sessions have ended\n`);
  } else {
    await admin.change(username, { disabled: subcommand === 'disable' }, byCommandLine());
    process.stdout.write(
      `${username} ${subcommand === 'disable' ? 'disabled; their sessions have ended' : 'enabled'}\n`,
    );
  }
  return EXIT.ok;
}

function list(store: Store): number {
  const { admin } = openAccounts(store);
  const rows = admin.list();
  if (rows.length === 0) process.stdout.write('no operator accounts\n');
  for (const row of rows) {
    const state = row.disabledAt === null ? 'active' : `disabled ${new Date(row.disabledAt).toISOString()}`;
    process.stdout.write(`${row.username}\t${row.role}\t${row.displayName}\t${state}\n`);
  }
  return EXIT.ok;
}

async function newPassword(): Promise<string> {
  const password = await readPassword('New password: ');
  if (process.stdin.isTTY && (await readPassword('Again: ')) !== password)
    throw new ConfigError('the two passwords differ');
  return password;
}

function checkedUsername(username: string | undefined, subcommand: string): string {
  const parsed = usernameSchema.safeParse(username ?? '');
  if (!username) throw new ConfigError(`watchfloor user ${subcommand} needs a username`);
  if (!parsed.success) throw new ConfigError(`username "${username}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

function checkedRole(role: string | undefined): Role {
  const known = ROLES.find((candidate) => candidate === role);
  if (!known) throw new ConfigError(`--role: must be one of ${ROLES.join(', ')}${role ? `, got "${role}"` : ''}`);
  return known;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor user --help)`);
  }
}
