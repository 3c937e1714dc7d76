import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { ConfigError } from '../config/config-error.js';
import type { ConsoleConfig } from '../config/schema.js';

/** Addresses only this machine can reach; anything else is exposure to a network. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Beyond loopback, guards' passwords and session tokens cross a network: without TLS that is
 * refused unless the operator says, by name, that they accept it.
 */
export function checkExposure(http: ConsoleConfig['http']): void {
  if (isLoopback(http.host) || http.tls || http.insecure) return;
  throw new ConfigError(
    `--host: ${http.host} is reachable from the network, and without TLS sign-ins and session tokens cross it in clear text. ` +
      'Give a certificate (--tls-cert and --tls-key, or http.tls in the config file), or accept the risk with --insecure-http.',
  );
}

function readPem(key: 'cert' | 'key', path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(
      `http.tls.${key}: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/** The console's HTTP server: https (and so wss for the seats) when a certificate is configured. */
export function createConsoleServer(http: ConsoleConfig['http'], handler: RequestListener): Server {
  if (!http.tls) return createHttpServer(handler);
  return createHttpsServer({ cert: readPem('cert', http.tls.cert), key: readPem('key', http.tls.key) }, handler);
}

export const consoleScheme = (http: ConsoleConfig['http']): 'https' | 'http' => (http.tls ? 'https' : 'http');
