import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { tempDir } from '../../support/temp-dir.js';
import { makeTlsFiles, type TlsFiles } from '../../support/tls-certs.js';
import { waitFor } from '../../support/wait-for.js';
import { startSecureBroker, USERS, type SecureBroker } from './secure-broker.js';

type Health = {
  broker: { connected: boolean; lastError: string | null };
  ingest: { stored: number };
};
const health = async (core: TestConsole): Promise<Health> =>
  (await (await fetch(new URL('/api/health', core.httpUrl))).json()) as Health;

describe('the console on a broker with TLS, client certificates, passwords and an ACL', () => {
  const dir = tempDir('tls');
  let tls: TlsFiles;
  let broker: SecureBroker;
  const cores: TestConsole[] = [];

  /** The console's flags for this broker; the password comes from a file, never argv. */
  const consoleFlags = (
    overrides: { ca?: string; cert?: boolean; user?: keyof typeof USERS; password?: string } = {},
  ) => {
    const user = USERS[overrides.user ?? 'desk'];
    const passwordFile = join(dir.path, `password-${cores.length}`);
    writeFileSync(passwordFile, `${overrides.password ?? user.password}\n`);
    return [
      '--broker',
      broker.tlsUrl,
      '--broker-ca',
      overrides.ca ?? tls.caCert,
      ...(overrides.cert === false ? [] : ['--broker-cert', tls.clientCert, '--broker-key', tls.clientKey]),
      '--broker-username',
      user.username,
      '--broker-password-file',
      passwordFile,
      '--client-id',
      `wf-${cores.length}`,
    ];
  };
  const start = async (flags: string[]) => {
    const core = await startTestConsole(flags);
    cores.push(core);
    return core;
  };
  const refusal = async (core: TestConsole) => {
    const error = await waitFor(
      'the console to report a refusal',
      async () => (await health(core)).broker.lastError ?? undefined,
    );
    console.log(`refusal reported in /api/health: ${error}`);
    return error;
  };

  beforeAll(async () => {
    tls = makeTlsFiles(dir.path);
    broker = await startSecureBroker(tls);
  });

  afterAll(async () => {
    for (const core of cores) await core.stop();
    await broker?.stop();
    dir.remove();
  });

  it('connects with the pinned CA, its certificate and password, and stores what a device sends', async () => {
    const core = await start(consoleFlags());
    await waitFor('the console to connect over TLS', async () => (await health(core)).broker.connected);
    const device = await mqtt.connectAsync(broker.tlsUrl, {
      ...USERS.device,
      ca: readFileSync(tls.caCert),
      cert: readFileSync(tls.clientCert),
      key: readFileSync(tls.clientKey),
      reconnectPeriod: 0,
    });
    await device.publishAsync(
      'watchfloor/v1/demo/door-g-entrance/access',
      JSON.stringify({ id: 'tls-1', ts: Date.now(), event: 'door-forced' }),
      { qos: 1 },
    );
    await device.endAsync();
    await waitFor('the event to be stored', async () => (await health(core)).ingest.stored === 1);
    expect(JSON.stringify(await health(core))).not.toContain(USERS.desk.password);
  });

  it('refuses a broker whose certificate another CA signed', async () => {
    const core = await start(consoleFlags({ ca: tls.rogueCaCert }));
    expect(await refusal(core)).toMatch(/certificate/i);
    expect((await health(core)).broker.connected).toBe(false);
  });

  it('is refused without a client certificate when the broker requires one', async () => {
    const core = await start(consoleFlags({ cert: false }));
    expect(await refusal(core)).toMatch(/certificate|handshake|alert|closed|ECONNRESET/i);
    expect((await health(core)).broker.connected).toBe(false);
  });

  it('is refused with a wrong password, and says so', async () => {
    const core = await start(consoleFlags({ password: 'not-the-password' }));
    expect(await refusal(core)).toMatch(/not authorized|bad user name or password/i);
    expect((await health(core)).broker.connected).toBe(false);
  });

  it('takes nothing a device publishes outside its ACL (Mosquitto drops it without telling anyone)', async () => {
    const core = cores[0];
    if (!core) throw new Error('the first test starts the connected console');
    const before = (await health(core)).ingest.stored;
    const device = await mqtt.connectAsync(broker.tlsUrl, {
      ...USERS.device,
      ca: readFileSync(tls.caCert),
      cert: readFileSync(tls.clientCert),
      key: readFileSync(tls.clientKey),
      reconnectPeriod: 0,
    });
    const event = (id: string) => JSON.stringify({ id, ts: Date.now(), event: 'door-forced' });
    await device.publishAsync('watchfloor/v1/other-site/door-1/access', event('acl-denied-1'), { qos: 1 });
    await device.publishAsync('watchfloor/v1/demo/door-g-entrance/access', event('acl-allowed-1'), { qos: 1 });
    await device.endAsync();
    await waitFor('the allowed event', async () => (await health(core)).ingest.stored === before + 1);
    const db = new Database(core.dbPath, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM events WHERE event_id = 'acl-denied-1'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
