import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { integrityProblems } from './integrity.js';

export type BackupResult = { path: string; bytes: number; pages: number; tookMs: number };

/**
 * An online backup through SQLite's backup API: consistent at one instant even while the console
 * keeps committing (changes made through `db` during the copy are carried into it). It is written
 * under a temporary name, checked, and only then given its final name, so a file with a backup's
 * name is always a whole, sound database.
 */
export async function backupDatabase(db: Database.Database, out: string): Promise<BackupResult> {
  const started = Date.now();
  const partial = `${out}.partial`;
  mkdirSync(dirname(out), { recursive: true });
  try {
    const { totalPages } = await db.backup(partial);
    const problems = checkFile(partial);
    if (problems.length > 0) throw new Error(`backup ${out} failed its check: ${problems.join('; ')}`);
    renameSync(partial, out);
    return { path: out, bytes: statSync(out).size, pages: totalPages, tookMs: Date.now() - started };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Full integrity_check of a database file, through its own read-only handle. */
export function checkFile(path: string): string[] {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return integrityProblems(copy, 'full');
  } finally {
    copy.close();
  }
}
