import { join } from 'node:path';
import { loadConfig } from '../../electron/core/config/load.js';
import type { ConsoleConfig } from '../../electron/core/config/schema.js';
import { startConsole, type RunningConsole } from '../../electron/core/console.js';
import { silentLogger } from '../../electron/core/log.js';
import { tempDir } from './temp-dir.js';

export type TestConsole = RunningConsole & { config: ConsoleConfig; dbPath: string; dir: string };

/**
 * A core on a free port with a database in a temp folder, the demo site, no simulator.
 * `argv` takes serve flags (e.g. ['--broker', url]); the database can be reused across restarts.
 */
export async function startTestConsole(argv: string[] = [], dbPath?: string): Promise<TestConsole> {
  const dir = tempDir('console');
  const db = dbPath ?? join(dir.path, 'watchfloor.db');
  const config = loadConfig({
    argv: ['--port', '0', '--broker-port', '0', '--db', db, '--no-simulator', ...argv],
    env: {},
    cwd: dir.path,
  });
  const running = await startConsole(config, silentLogger);
  return { ...running, config, dbPath: db, dir: dir.path };
}
