import { readFileSync } from 'node:fs';
import { get } from 'node:https';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../electron/core/config/config-error.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { tempDir } from '../../support/temp-dir.js';
import { makeTlsFiles, type TlsFiles } from '../../support/tls-certs.js';

function httpsGet(url: URL, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('the console over TLS, and never exposed in clear text by accident', () => {
  const dir = tempDir('https');
  let tls: TlsFiles;
  let core: TestConsole;

  beforeAll(async () => {
    tls = makeTlsFiles(dir.path);
    core = await startTestConsole(['--tls-cert', tls.serverCert, '--tls-key', tls.serverKey]);
  });

  afterAll(async () => {
    await core?.stop();
    dir.remove();
  });

  it('serves the API over https with its certificate', async () => {
    expect(core.httpUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const { status, body } = await httpsGet(new URL('/api/health', core.httpUrl), readFileSync(tls.caCert));
    expect(status).toBe(200);
    expect(JSON.parse(body)).toHaveProperty('ingest');
  });

  it('is refused by a client that does not trust its CA', async () => {
    await expect(httpsGet(new URL('/api/health', core.httpUrl), readFileSync(tls.rogueCaCert))).rejects.toThrow(
      /certificate/,
    );
  });

  it('answers the live socket over wss (and asks for a sign-in there)', async () => {
    const socket = io(core.httpUrl, {
      transports: ['websocket'],
      reconnection: false,
      ca: readFileSync(tls.caCert, 'utf8'),
      auth: { token: 'not-a-session' },
    });
    const outcome = await new Promise<string>((resolve) => {
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', (error) => resolve(error.message));
    });
    socket.close();
    // The TLS handshake and upgrade succeeded: the refusal is the console's own, about the session.
    expect(outcome).not.toMatch(/certificate|websocket error|xhr poll/i);
    console.log(`wss handshake with a made-up token: ${outcome}`);
  });

  it('refuses to listen beyond loopback without TLS, naming the way out', async () => {
    const refused = startTestConsole(['--host', '0.0.0.0']);
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.toThrow(/--insecure-http/);
  });

  it('listens beyond loopback without TLS only when told --insecure-http', async () => {
    const exposed = await startTestConsole(['--host', '0.0.0.0', '--insecure-http']);
    try {
      expect(exposed.httpUrl).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/$/);
    } finally {
      await exposed.stop();
    }
  });
});
