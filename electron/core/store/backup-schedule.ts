import type { Database } from 'better-sqlite3';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log.js';
import { backupDatabase, type BackupResult } from './backup.js';
import { backupFileName, backupsToPrune } from './backup-files.js';
import { defaultBackupDir } from './database.js';

export type BackupPolicy = { dir: string; intervalHours: number; keep: number };

export type Backups = {
  /** A backup into the backup folder now (on demand); old scheduled ones are pruned after it. */
  now(): Promise<BackupResult>;
  stop(): void;
};

/** Scheduled backups every `intervalHours` (0: only on demand), keeping the newest `keep`. */
export function scheduleBackups(db: Database, policy: BackupPolicy, log: Logger): Backups {
  let running: Promise<BackupResult> | null = null;
  const now = (): Promise<BackupResult> => {
    // Two at once (schedule and a button) would only copy the same pages twice: share the one running.
    running ??= (async () => {
      try {
        const result = await backupDatabase(db, join(policy.dir, backupFileName(Date.now())));
        prune(policy);
        return result;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer =
    policy.intervalHours > 0
      ? setInterval(() => {
          now().then(
            (result) => log.info(`backup written: ${result.path} (${result.bytes} bytes, ${result.tookMs} ms)`),
            (error: Error) => log.error(`scheduled backup failed: ${error.message}`),
          );
        }, policy.intervalHours * 3_600_000)
      : null;
  timer?.unref();
  return { now, stop: () => (timer ? clearInterval(timer) : undefined) };
}

function prune(policy: BackupPolicy): void {
  for (const name of backupsToPrune(readdirSync(policy.dir), policy.keep))
    rmSync(join(policy.dir, name), { force: true });
}

/** The configured policy; the folder defaults to `backups/` beside the database. */
export function backupPolicyOf(config: {
  db: { path: string };
  backup: { dir?: string | undefined; intervalHours: number; keep: number };
}): BackupPolicy {
  return {
    dir: config.backup.dir ?? defaultBackupDir(config.db.path),
    intervalHours: config.backup.intervalHours,
    keep: config.backup.keep,
  };
}
