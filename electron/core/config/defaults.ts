import { homedir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SITE_DIR } from '../package-root.js';
import type { ConsoleConfig } from './schema.js';

export const DEFAULT_HTTP_PORT = 4780;
/** Not 1883: a site broker (or Mosquitto on a dev machine) usually has that one. */
export const DEFAULT_EMBEDDED_BROKER_PORT = 1884;
/** Four backups a day, two days of them: a damaged file costs at most six hours of log to a restore. */
export const DEFAULT_BACKUP_INTERVAL_HOURS = 6;
export const DEFAULT_BACKUPS_KEPT = 8;

function defaultDataDir(env: Record<string, string | undefined>): string {
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'watchfloor');
}

export function defaultConfig(env: Record<string, string | undefined>): ConsoleConfig {
  return {
    http: { host: '127.0.0.1', port: DEFAULT_HTTP_PORT },
    broker: { embeddedPort: DEFAULT_EMBEDDED_BROKER_PORT, clientId: 'watchfloor-core', protocolVersion: 4 },
    db: { path: join(defaultDataDir(env), 'watchfloor.db') },
    site: { dir: DEMO_SITE_DIR },
    simulator: { enabled: 'auto', scenario: 'normal-day', seed: 1, speed: 1 },
    backup: { intervalHours: DEFAULT_BACKUP_INTERVAL_HOURS, keep: DEFAULT_BACKUPS_KEPT },
  };
}
