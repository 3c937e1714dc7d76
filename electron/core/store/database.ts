import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { damagedMessage, DatabaseDamagedError, integrityProblems, isDamageError } from './integrity.js';
import { migrate } from './migrate.js';

export type OpenOptions = {
  /** Path to a better_sqlite3.node built for another ABI (the packaged Electron app sets it). */
  nativeBinding?: string | undefined;
  readonly?: boolean;
  /** Named in the message when the file is found damaged at start-up; default `backups/` beside it. */
  backupDir?: string | undefined;
};

/**
 * How long a write waits for another writer's lock. The console writes on its event loop, so a
 * wait freezes every seat: other writers (the user CLI, a backup) hold the lock for milliseconds,
 * and a lock held longer is a fault that ingest and the clock retry later, not one to wait out.
 */
export const WRITER_BUSY_TIMEOUT_MS = 500;
/** Readers (reports, audit) only wait on a checkpoint or WAL recovery; they can afford to. */
const READER_BUSY_TIMEOUT_MS = 5_000;

/** Where backups go unless configured otherwise: a `backups` folder beside the database. */
export function defaultBackupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/**
 * WAL with synchronous=NORMAL: a commit survives a killed process (kill -9), which is what acking
 * the broker after commit relies on; only an OS crash or power cut can lose the last transactions.
 * A writable open checks the file first (quick_check) and refuses a damaged one.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    nativeBinding: options.nativeBinding ?? process.env.WATCHFLOOR_SQLITE_BINDING,
  });
  try {
    db.pragma(`busy_timeout = ${options.readonly ? READER_BUSY_TIMEOUT_MS : WRITER_BUSY_TIMEOUT_MS}`);
    if (options.readonly) return db;
    db.pragma('journal_mode = WAL');
    const problems = path === ':memory:' ? [] : integrityProblems(db, 'quick');
    if (problems.length > 0) throw new DatabaseDamagedError(damagedMessage(path, problems, backupDirOf(path, options)));
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Checkpoint in the background of normal commits; the WAL is truncated back after growth.
    db.pragma('wal_autocheckpoint = 1000');
    db.pragma('journal_size_limit = 67108864');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (isDamageError(error))
      throw new DatabaseDamagedError(damagedMessage(path, [(error as Error).message], backupDirOf(path, options)));
    throw error;
  }
}

const backupDirOf = (path: string, options: OpenOptions) => options.backupDir ?? defaultBackupDir(path);
