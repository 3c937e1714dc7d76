import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ChainRow } from '../audit/chain-hash.js';
import { verifyChain } from '../audit/verify-chain.js';
import { ConfigError } from '../config/config-error.js';
import { actionLog, chainRows } from '../store/action-log.js';
import { openDatabase } from '../store/database.js';
import { EXIT } from './exit-codes.js';
import { AUDIT_HELP } from './help.js';

const VERIFY_OPTIONS = {
  db: { type: 'string' },
  anchor: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LOG_OPTIONS = {
  db: { type: 'string' },
  alarm: { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DEFAULT_LOG_LIMIT = 50;
/** Created by migration 2; verify warns when they are gone, since only a person removes them. */
const APPEND_ONLY_TRIGGERS = ['actions_no_delete', 'actions_no_update'];

/** `watchfloor audit verify|log`: reads the action log through a read-only handle; never migrates or writes. */
export async function audit(argv: string[]): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === undefined || subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    process.stdout.write(AUDIT_HELP);
    return subcommand === undefined ? EXIT.usage : EXIT.ok;
  }
  if (subcommand === 'verify') return verify(rest);
  if (subcommand === 'log') return log(rest);
  throw new ConfigError(`unknown subcommand "${subcommand}" (see watchfloor audit --help)`);
}

function verify(argv: string[]): number {
  const values = parse(argv, VERIFY_OPTIONS);
  if (values.help) return help();
  const anchor = values.anchor?.toLowerCase();
  if (anchor !== undefined && !/^[0-9a-f]{64}$/.test(anchor))
    throw new ConfigError(`--anchor: must be a 64-character hex hash as printed by audit verify, got "${anchor}"`);
  return withActionLog(values.db, (db) => {
    const missing = APPEND_ONLY_TRIGGERS.filter((name) => !triggerExists(db, name));
    if (missing.length > 0)
      process.stderr.write(
        `warning: the append-only guard triggers are gone (${missing.join(', ')}): the schema was edited\n`,
      );

    const anchored: { seq: number | null } = { seq: null };
    const rows = tap(chainRows(db), (row) => {
      if (row.hash === anchor) anchored.seq = row.seq;
    });
    const verdict = verifyChain(rows);
    if (!verdict.ok) {
      process.stderr.write(`action log broken at row ${verdict.firstBrokenSeq}: ${verdict.reason}\n`);
      return EXIT.failure;
    }
    process.stdout.write(
      `action log intact: ${verdict.rows} ${verdict.rows === 1 ? 'row' : 'rows'}, head ${verdict.head}\n`,
    );
    if (anchor === undefined) return EXIT.ok;
    if (anchored.seq === null) {
      process.stderr.write(
        `action log does not contain anchor ${anchor}: rows were removed from its end, or it was rewritten\n`,
      );
      return EXIT.failure;
    }
    process.stdout.write(`anchor found at row ${anchored.seq}\n`);
    return EXIT.ok;
  });
}

function log(argv: string[]): number {
  const values = parse(argv, LOG_OPTIONS);
  if (values.help) return help();
  const alarmId = values.alarm === undefined ? undefined : positiveInteger('alarm', values.alarm);
  const limit = values.limit === undefined ? undefined : positiveInteger('limit', values.limit);
  return withActionLog(values.db, (db) => {
    const actions = actionLog(db);
    const records =
      alarmId === undefined
        ? actions.query({ limit: limit ?? DEFAULT_LOG_LIMIT })
        : actions.forAlarm(alarmId).slice(0, limit);
    for (const record of records) process.stdout.write(`${JSON.stringify(record)}\n`);
    return EXIT.ok;
  });
}

function help(): number {
  process.stdout.write(AUDIT_HELP);
  return EXIT.ok;
}

function parse<Options extends typeof VERIFY_OPTIONS | typeof LOG_OPTIONS>(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor audit --help)`);
  }
}

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1)
    throw new ConfigError(`--${flag}: must be a positive integer, got "${text}"`);
  return value;
}

function withActionLog(path: string | undefined, work: (db: Database.Database) => number): number {
  const db = openReadOnly(path);
  try {
    if (!tableExists(db, 'actions')) {
      process.stderr.write(
        `action log missing: ${db.name} has no actions table (made before the action log existed, or the table was dropped)\n`,
      );
      return EXIT.failure;
    }
    return work(db);
  } finally {
    db.close();
  }
}

function openReadOnly(path: string | undefined): Database.Database {
  if (path === undefined) throw new ConfigError('--db <file> is required (see watchfloor audit --help)');
  if (!existsSync(path)) throw new ConfigError(`--db: no such file: ${path}`);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, { readonly: true });
    // The file header is read lazily; reading the schema here turns "not a database" into a usage error.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof Database.SqliteError && ['SQLITE_NOTADB', 'SQLITE_CANTOPEN'].includes(error.code))
      throw new ConfigError(`--db: ${path} is not a readable SQLite database (${error.message})`);
    throw error;
  }
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function triggerExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) !== undefined;
}

function* tap(rows: Iterable<ChainRow>, see: (row: ChainRow) => void): Generator<ChainRow> {
  for (const row of rows) {
    see(row);
    yield row;
  }
}
