import type { Database } from 'better-sqlite3';

/** The first problems SQLite names are enough to act on; a badly damaged file lists thousands. */
const MAX_PROBLEMS_REPORTED = 5;

/** A database file that must not be used as it is; the message says which file and what to do. */
export class DatabaseDamagedError extends Error {
  override readonly name = 'DatabaseDamagedError';
}

/**
 * SQLite's own check of the file: `quick` (O(size), skips index-content cross-checks) at start-up,
 * `full` (integrity_check) before a backup is trusted for a restore. Returns the problems, none when sound.
 */
export function integrityProblems(db: Database, mode: 'quick' | 'full'): string[] {
  const rows = db.pragma(mode === 'quick' ? `quick_check(${MAX_PROBLEMS_REPORTED})` : 'integrity_check(5)', {
    simple: false,
  }) as Record<string, string>[];
  const problems = rows.map((row) => Object.values(row)[0] ?? '');
  return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
}

/** SQLite codes that mean the file itself is not a sound database. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_CORRUPT' ||
    code === 'SQLITE_NOTADB' ||
    (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'))
  );
}

export function damagedMessage(path: string, problems: readonly string[], backupDir: string): string {
  return [
    `database ${path} is damaged: ${problems.join('; ')}`,
    'Watchfloor will not start on it, so nothing more is written to a file that would lose it.',
    `Restore the newest good backup (they are in ${backupDir}), for example:`,
    `  watchfloor restore --from ${backupDir}/<newest>.db --db ${path}`,
    'restore keeps the damaged file beside it; see docs/resilience.md.',
  ].join('\n');
}

/**
 * Proves the file can take a write now: rewrites the header's user_version (unused by Watchfloor)
 * with its own value in a committed transaction. Throws SQLite's error (SQLITE_FULL, _READONLY…) if not.
 */
export function probeWritable(db: Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.pragma(`user_version = ${Math.trunc(version)}`);
}
