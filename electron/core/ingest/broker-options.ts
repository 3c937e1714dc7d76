import { readFileSync } from 'node:fs';
import type { IClientOptions } from 'mqtt';
import { ConfigError } from '../config/config-error.js';
import type { ConsoleConfig } from '../config/schema.js';
import { FIRST_RECONNECT_MS } from './reconnect-backoff.js';

/** How the core connects: a stable client id and a persistent session, so QoS 1 waits for us at the broker. */
export function brokerOptions(broker: ConsoleConfig['broker']): IClientOptions {
  return {
    clientId: broker.clientId,
    clean: false,
    protocolVersion: broker.protocolVersion,
    // MQTT 5 ends a session when the connection ends unless told to keep it.
    ...(broker.protocolVersion === 5 ? { properties: { sessionExpiryInterval: 7 * 24 * 3600 } } : {}),
    reconnectPeriod: FIRST_RECONNECT_MS,
    connectTimeout: 10_000,
    keepalive: 30,
    username: broker.username,
    password:
      broker.password ??
      (broker.passwordFile
        ? readSetting('passwordFile', broker.passwordFile)
            .toString('utf8')
            .replace(/\r?\n$/, '')
        : undefined),
    ca: broker.caFile ? readSetting('caFile', broker.caFile) : undefined,
    cert: broker.certFile ? readSetting('certFile', broker.certFile) : undefined,
    key: broker.keyFile ? readSetting('keyFile', broker.keyFile) : undefined,
    // Never off: a console that accepted any certificate would take alarms from whoever answered.
    rejectUnauthorized: true,
    ...(broker.servername ? { servername: broker.servername } : {}),
  };
}

/** A file a setting names; unreadable is a configuration error naming the setting, not a stack trace. */
function readSetting(key: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(
      `broker.${key}: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/** The URL without credentials, for logs, the UI and /api/health. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(invalid url)';
  }
}
