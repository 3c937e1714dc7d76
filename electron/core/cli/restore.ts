import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-error.js';
import { restoreDatabase, RestoreRefused } from '../store/restore.js';
import { EXIT } from './exit-codes.js';
import { RESTORE_HELP } from './help.js';

const OPTIONS = {
  from: { type: 'string' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `watchfloor restore --from <backup> --db <file>`: checks the backup, keeps the old file, swaps it in. */
export async function restore(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor restore --help)`);
  }
  if (values.help) {
    process.stdout.write(RESTORE_HELP);
    return EXIT.ok;
  }
  if (values.from === undefined || values.db === undefined)
    throw new ConfigError('--from <backup> and --db <file> are required (see watchfloor restore --help)');
  try {
    const result = await restoreDatabase(values.from, values.db);
    process.stdout.write(`restored ${result.restored} from ${values.from} (schema version ${result.schemaVersion})\n`);
    if (result.previousKeptAs) process.stdout.write(`the file it replaced is kept as ${result.previousKeptAs}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    process.stderr.write(`watchfloor restore: refused: ${error.message}\n`);
    return EXIT.failure;
  }
}
