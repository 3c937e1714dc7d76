import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, describeZodIssues } from './config-error.js';
import { configLayerSchema, type ConfigLayer } from './schema.js';

type Env = Record<string, string | undefined>;

const PATH_KEYS = [
  ['db', 'path'],
  ['site', 'dir'],
  ['broker', 'caFile'],
  ['broker', 'certFile'],
  ['broker', 'keyFile'],
  ['broker', 'passwordFile'],
  ['backup', 'dir'],
] as const;

/** Relative paths in a layer mean relative to where that layer came from (the file's folder, or cwd). */
function resolvePaths(layer: ConfigLayer, base: string): ConfigLayer {
  const copy = structuredClone(layer);
  for (const [section, key] of PATH_KEYS) {
    const holder = copy[section] as Record<string, unknown> | undefined;
    const value = holder?.[key];
    if (holder && typeof value === 'string') holder[key] = resolve(base, value);
  }
  if (copy.http?.tls)
    copy.http.tls = { cert: resolve(base, copy.http.tls.cert), key: resolve(base, copy.http.tls.key) };
  return copy;
}

export function checkLayer(source: string, raw: unknown, base: string): ConfigLayer {
  const parsed = configLayerSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeZodIssues(source, parsed.error));
  return resolvePaths(parsed.data, base);
}

export function fileLayer(path: string): ConfigLayer {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `config file ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${path}: not valid JSON (${(error as Error).message})`);
  }
  return checkLayer(`config file ${path}`, raw, dirname(path));
}

/** Environment variables a deployment sets instead of writing a file. */
export const ENV_KEYS = {
  WATCHFLOOR_HOST: ['http', 'host', 'string'],
  WATCHFLOOR_PORT: ['http', 'port', 'integer'],
  WATCHFLOOR_BROKER_URL: ['broker', 'url', 'string'],
  WATCHFLOOR_BROKER_USERNAME: ['broker', 'username', 'string'],
  WATCHFLOOR_BROKER_PASSWORD: ['broker', 'password', 'string'],
  WATCHFLOOR_BROKER_CA: ['broker', 'caFile', 'string'],
  WATCHFLOOR_BROKER_CERT: ['broker', 'certFile', 'string'],
  WATCHFLOOR_BROKER_KEY: ['broker', 'keyFile', 'string'],
  WATCHFLOOR_BROKER_PASSWORD_FILE: ['broker', 'passwordFile', 'string'],
  WATCHFLOOR_DB: ['db', 'path', 'string'],
  WATCHFLOOR_SITE: ['site', 'dir', 'string'],
} as const;

export function toInteger(text: string): number | string {
  return /^-?\d+$/.test(text.trim()) ? Number(text) : text;
}

export function envLayer(env: Env, cwd: string): ConfigLayer {
  const raw: Record<string, Record<string, unknown>> = {};
  for (const [name, [section, key, kind]] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    raw[section] = { ...raw[section], [key]: kind === 'integer' ? toInteger(value) : value };
  }
  try {
    return checkLayer('environment', raw, cwd);
  } catch (error) {
    throw new ConfigError(nameEnvVariables((error as Error).message));
  }
}

function nameEnvVariables(message: string): string {
  let named = message;
  for (const [name, [section, key]] of Object.entries(ENV_KEYS)) {
    named = named.replaceAll(`environment: ${section}.${key}:`, `environment: ${name}:`);
  }
  return named;
}
