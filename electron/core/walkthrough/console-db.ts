import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ConfigError } from '../config/config-error.js';
import { openDatabase } from '../store/database.js';

/** The planner reads alarm dispositions, which arrived with migration 3. */
export const WALKTHROUGH_SCHEMA = 3;

/**
 * Runs `work` on a console database opened read-only (safe beside a running console, never
 * migrated); a missing file, a file that is not SQLite, or one too old to read is a usage error.
 */
export function withConsoleDatabase<T>(path: string, work: (db: Database.Database) => T): T {
  if (!existsSync(path)) throw new ConfigError(`--db: no such file: ${path}`);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, { readonly: true });
    const hasMigrations =
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    const version = hasMigrations
      ? (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null)
      : null;
    if (version === null) throw new ConfigError(`--db: ${path} is not a Watchfloor database`);
    if (version < WALKTHROUGH_SCHEMA)
      throw new ConfigError(
        `--db: ${path} has schema version ${version}; the planner needs ${WALKTHROUGH_SCHEMA}. Start the console on it once to migrate it`,
      );
    return work(db);
  } catch (error) {
    if (error instanceof Database.SqliteError && ['SQLITE_NOTADB', 'SQLITE_CANTOPEN'].includes(error.code))
      throw new ConfigError(`--db: ${path} is not a readable SQLite database (${error.message})`);
    throw error;
  } finally {
    db?.close();
  }
}
