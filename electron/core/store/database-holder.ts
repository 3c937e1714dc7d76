import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A running console marks its database with `<db>.holder` (its pid), so that `watchfloor restore`
 * can refuse to swap the file from under it. SQLite's own locks cannot tell: an idle WAL-mode
 * connection holds no lock another process can test for. A holder left by a killed console names
 * a process that no longer exists and is ignored.
 */
export const holderPath = (dbPath: string) => `${dbPath}.holder`;

export function holdDatabase(dbPath: string): { release(): void } {
  const path = holderPath(dbPath);
  writeFileSync(path, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }) + '\n');
  return { release: () => rmSync(path, { force: true }) };
}

/** The pid of a live process holding the database, or null. */
export function databaseHolder(dbPath: string): number | null {
  let pid: unknown;
  try {
    pid = (JSON.parse(readFileSync(holderPath(dbPath), 'utf8')) as { pid?: unknown }).pid;
  } catch {
    return null;
  }
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
