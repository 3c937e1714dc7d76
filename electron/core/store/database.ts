import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.js';

export type OpenOptions = {
  /** Path to a better_sqlite3.node built for another ABI (the packaged Electron app sets it). */
  nativeBinding?: string | undefined;
  readonly?: boolean;
};

/**
 * WAL with synchronous=NORMAL: a commit survives a killed process (kill -9), which is what acking
 * the broker after commit relies on; only an OS crash or power cut can lose the last transactions.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    nativeBinding: options.nativeBinding ?? process.env.WATCHFLOOR_SQLITE_BINDING,
  });
  db.pragma('busy_timeout = 5000');
  if (options.readonly) return db;
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Checkpoint in the background of normal commits; the WAL is truncated back after growth.
  db.pragma('wal_autocheckpoint = 1000');
  db.pragma('journal_size_limit = 67108864');
  migrate(db);
  return db;
}
