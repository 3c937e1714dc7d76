import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { backupDatabase, checkFile } from './backup.js';
import { databaseHolder } from './database-holder.js';
import { MIGRATIONS } from './migrations/index.js';

export class RestoreRefused extends Error {
  override readonly name = 'RestoreRefused';
}

export type RestoreResult = { restored: string; schemaVersion: number; previousKeptAs: string | null };

/** The highest migration a backup has seen; it must be one this Watchfloor knows. */
export function schemaVersionOf(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!table) return 0;
    return (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
  } finally {
    db.close();
  }
}

/**
 * Replaces `target` with the backup `from`, after checking the backup (integrity_check, schema
 * version) and that no running console holds `target`. The file being replaced is first copied
 * (with what its WAL still holds) to `<target>.before-restore-<time>`, and its -wal/-shm are removed
 * so that they cannot be replayed onto the restored file.
 */
export async function restoreDatabase(from: string, target: string, now = Date.now()): Promise<RestoreResult> {
  if (!existsSync(from)) throw new RestoreRefused(`no backup at ${from}`);
  const problems = checkFile(from);
  if (problems.length > 0) throw new RestoreRefused(`backup ${from} is damaged: ${problems.join('; ')}`);
  const schemaVersion = schemaVersionOf(from);
  const newest = Math.max(...MIGRATIONS.map((migration) => migration.version));
  if (schemaVersion === 0) throw new RestoreRefused(`${from} is not a Watchfloor database (no schema_migrations)`);
  if (schemaVersion > newest)
    throw new RestoreRefused(
      `backup ${from} has schema version ${schemaVersion}, this Watchfloor knows up to ${newest}`,
    );
  const holder = databaseHolder(target);
  if (holder !== null)
    throw new RestoreRefused(`${target} is in use by a running console (pid ${holder}); stop it first`);

  let previousKeptAs: string | null = null;
  if (existsSync(target)) {
    previousKeptAs = `${target}.before-restore-${new Date(now).toISOString().replace(/[-:.]/g, '')}`;
    try {
      await copyOf(target, previousKeptAs);
    } catch {
      // A damaged target cannot be copied page by page; keep the file itself instead.
      rmSync(`${previousKeptAs}.partial`, { force: true });
      renameSync(target, previousKeptAs);
      if (existsSync(`${target}-wal`)) renameSync(`${target}-wal`, `${previousKeptAs}-wal`);
    }
  }
  const staging = `${target}.restoring`;
  await copyOf(from, staging);
  for (const leftover of [target, `${target}-wal`, `${target}-shm`]) rmSync(leftover, { force: true });
  renameSync(staging, target);
  return { restored: target, schemaVersion, previousKeptAs };
}

async function copyOf(path: string, out: string): Promise<void> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    await backupDatabase(db, out);
  } finally {
    db.close();
  }
}
