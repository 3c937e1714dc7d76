import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from './config-error.js';
import { checkLayer, toInteger } from './sources.js';
import type { ConfigLayer } from './schema.js';

type FlagTarget = readonly [section: keyof ConfigLayer, key: string, kind: 'string' | 'integer' | 'number'];

/** `serve` flags that map one-to-one onto a setting. */
export const SETTING_FLAGS = {
  host: ['http', 'host', 'string'],
  port: ['http', 'port', 'integer'],
  broker: ['broker', 'url', 'string'],
  'broker-port': ['broker', 'embeddedPort', 'integer'],
  'broker-username': ['broker', 'username', 'string'],
  'broker-ca': ['broker', 'caFile', 'string'],
  'broker-cert': ['broker', 'certFile', 'string'],
  'broker-key': ['broker', 'keyFile', 'string'],
  'broker-password-file': ['broker', 'passwordFile', 'string'],
  'broker-servername': ['broker', 'servername', 'string'],
  'mqtt-version': ['broker', 'protocolVersion', 'integer'],
  'client-id': ['broker', 'clientId', 'string'],
  'site-filter': ['broker', 'siteFilter', 'string'],
  db: ['db', 'path', 'string'],
  site: ['site', 'dir', 'string'],
  scenario: ['simulator', 'scenario', 'string'],
  seed: ['simulator', 'seed', 'integer'],
  speed: ['simulator', 'speed', 'number'],
} as const satisfies Record<string, FlagTarget>;

export const SERVE_OPTIONS = {
  ...Object.fromEntries(Object.keys(SETTING_FLAGS).map((flag) => [flag, { type: 'string' }])),
  config: { type: 'string', short: 'c' },
  simulator: { type: 'boolean' },
  'no-simulator': { type: 'boolean' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'insecure-http': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export type ServeFlags = { layer: ConfigLayer; configFile: string | undefined; help: boolean };

function convert(kind: FlagTarget[2], text: string): unknown {
  if (kind === 'integer') return toInteger(text);
  if (kind === 'number') return Number.isFinite(Number(text)) && text.trim() !== '' ? Number(text) : text;
  return text;
}

function parseServeArgv(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: SERVE_OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor serve --help)`);
  }
}

export function parseServeFlags(argv: string[], cwd: string): ServeFlags {
  const values = parseServeArgv(argv) as Record<string, string | boolean | undefined>;
  if (values.simulator && values['no-simulator'])
    throw new ConfigError('--simulator and --no-simulator contradict each other');

  const raw: Record<string, Record<string, unknown>> = {};
  const flagOf = new Map<string, string>();
  for (const [flag, [section, key, kind]] of Object.entries(SETTING_FLAGS)) {
    const value = values[flag];
    if (typeof value !== 'string') continue;
    raw[section] = { ...raw[section], [key]: convert(kind, value) };
    flagOf.set(`${section}.${key}`, `--${flag}`);
  }
  if (values.simulator) raw.simulator = { ...raw.simulator, enabled: true };
  if (values['no-simulator']) raw.simulator = { ...raw.simulator, enabled: false };
  if (values['tls-cert'] !== undefined || values['tls-key'] !== undefined) {
    if (typeof values['tls-cert'] !== 'string' || typeof values['tls-key'] !== 'string')
      throw new ConfigError('--tls-cert and --tls-key go together');
    raw.http = { ...raw.http, tls: { cert: values['tls-cert'], key: values['tls-key'] } };
  }
  if (values['insecure-http']) raw.http = { ...raw.http, insecure: true };

  let layer: ConfigLayer;
  try {
    layer = checkLayer('flags', raw, cwd);
  } catch (error) {
    let message = (error as Error).message;
    for (const [key, flag] of flagOf) message = message.replaceAll(`flags: ${key}:`, `${flag}:`);
    throw new ConfigError(message);
  }
  return {
    layer,
    configFile: typeof values.config === 'string' ? values.config : undefined,
    help: values.help === true,
  };
}
