import { readFileSync } from 'node:fs';
import type { IClientOptions } from 'mqtt';
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
    password: broker.password,
    ca: broker.caFile ? readFileSync(broker.caFile) : undefined,
    cert: broker.certFile ? readFileSync(broker.certFile) : undefined,
    key: broker.keyFile ? readFileSync(broker.keyFile) : undefined,
    rejectUnauthorized: true,
  };
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
