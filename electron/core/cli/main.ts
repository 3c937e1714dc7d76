import { ConfigError } from '../config/config-error.js';
import { audit } from './audit.js';
import { backup } from './backup.js';
import { restore } from './restore.js';
import { DatabaseDamagedError } from '../store/integrity.js';
import { EXIT } from './exit-codes.js';
import { MAIN_HELP } from './help.js';
import { report } from './report.js';
import { serve } from './serve.js';
import { simulate } from './simulate.js';
import { site } from './site.js';
import { user } from './user.js';
import { walkthrough } from './walkthrough.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  serve,
  simulate,
  audit,
  report,
  user,
  backup,
  restore,
  walkthrough,
  site,
};

/** `watchfloor <command> ...`: returns the exit code; usage and config errors are 2, failures 1. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    process.stderr.write(`watchfloor: unknown command "${command}"\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  try {
    return await run(rest);
  } catch (error) {
    if (error instanceof DatabaseDamagedError) {
      process.stderr.write(`watchfloor ${command}: ${error.message}\n`);
      return EXIT.failure;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`watchfloor ${command}: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`watchfloor ${command}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failure;
  }
}
