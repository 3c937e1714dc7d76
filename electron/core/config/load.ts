import { resolve } from 'node:path';
import { ConfigError, describeZodIssues } from './config-error.js';
import { defaultConfig } from './defaults.js';
import { parseServeFlags } from './flags.js';
import { consoleConfigSchema, type ConfigLayer, type ConsoleConfig } from './schema.js';
import { envLayer, fileLayer } from './sources.js';

export type ConfigInput = { argv: string[]; env: Record<string, string | undefined>; cwd: string };

function merge(base: ConsoleConfig, layer: ConfigLayer): ConsoleConfig {
  return {
    http: { ...base.http, ...layer.http },
    broker: { ...base.broker, ...layer.broker },
    db: { ...base.db, ...layer.db },
    site: { ...base.site, ...layer.site },
    simulator: { ...base.simulator, ...layer.simulator },
    backup: { ...base.backup, ...layer.backup },
  };
}

/** Defaults, then the config file, then the environment, then flags: later wins, each checked on its own. */
export function loadConfig({ argv, env, cwd }: ConfigInput): ConsoleConfig {
  const flags = parseServeFlags(argv, cwd);
  const configFile = flags.configFile ?? env.WATCHFLOOR_CONFIG;
  const layers = [configFile ? fileLayer(resolve(cwd, configFile)) : {}, envLayer(env, cwd), flags.layer];
  const merged = layers.reduce(merge, defaultConfig(env));
  const checked = consoleConfigSchema.safeParse(merged);
  if (!checked.success) throw new ConfigError(describeZodIssues('configuration', checked.error));
  return checked.data;
}

export { ConfigError };
