import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-error.js';
import { backupDatabase } from '../store/backup.js';
import { backupFileName } from '../store/backup-files.js';
import { defaultBackupDir, openDatabase } from '../store/database.js';
import { EXIT } from './exit-codes.js';
import { BACKUP_HELP } from './help.js';

const OPTIONS = {
  db: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `watchfloor backup --db <file> [--out <file>]`: an online backup through SQLite's backup API,
 * safe while a console is running on the file (it is opened read-only and nothing is migrated).
 */
export async function backup(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor backup --help)`);
  }
  if (values.help) {
    process.stdout.write(BACKUP_HELP);
    return EXIT.ok;
  }
  if (values.db === undefined) throw new ConfigError('--db <file> is required (see watchfloor backup --help)');
  if (!existsSync(values.db)) throw new ConfigError(`--db: no such file: ${values.db}`);
  const out = values.out ?? join(defaultBackupDir(values.db), backupFileName(Date.now()));
  if (existsSync(out)) throw new ConfigError(`--out: ${out} already exists; a backup never overwrites a file`);
  const db = openDatabase(values.db, { readonly: true });
  try {
    const result = await backupDatabase(db, out);
    process.stdout.write(`backup written: ${result.path} (${result.bytes} bytes, checked, ${result.tookMs} ms)\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}
