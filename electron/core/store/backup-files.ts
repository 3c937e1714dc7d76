/** Scheduled backups are named by their UTC time, so names sort oldest to newest. */
const BACKUP_NAME = /^watchfloor-\d{8}T\d{6}Z\.db$/;

export function backupFileName(at: number): string {
  const stamp = new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return `watchfloor-${stamp}.db`;
}

/** The scheduled backups beyond the newest `keep`, to delete; files of any other name are never touched. */
export function backupsToPrune(fileNames: readonly string[], keep: number): string[] {
  const backups = fileNames.filter((name) => BACKUP_NAME.test(name)).sort();
  return backups.slice(0, Math.max(0, backups.length - keep));
}
