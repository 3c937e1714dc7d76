import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../support/free-port.js';
import { startMosquitto, type Mosquitto } from '../../support/mosquitto.js';
import type { TlsFiles } from '../../support/tls-certs.js';

export const USERS = {
  /** The console: reads every contract topic. */
  desk: { username: 'watchfloor-desk', password: 'desk-secret-1' },
  /** A device: publishes under its site. */
  device: { username: 'device-demo', password: 'device-secret-2' },
  /** An account whose ACL does not cover the console's subscription. */
  narrow: { username: 'narrow-desk', password: 'narrow-secret-3' },
} as const;

export type SecureBroker = Mosquitto & { tlsUrl: string };

/**
 * Mosquitto with a TLS listener that pins `tls.caCert`, requires a client certificate, a password
 * file and an ACL. The plain listener the helper always adds stays anonymous-free too.
 */
export async function startSecureBroker(tls: TlsFiles): Promise<SecureBroker> {
  const passwords = join(tls.dir, 'passwords');
  writeFileSync(passwords, '');
  for (const { username, password } of Object.values(USERS))
    execFileSync('/usr/bin/mosquitto_passwd', ['-b', passwords, username, password]);
  const acl = join(tls.dir, 'acl');
  writeFileSync(
    acl,
    [
      `user ${USERS.desk.username}`,
      'topic read watchfloor/v1/#',
      `user ${USERS.device.username}`,
      'topic write watchfloor/v1/demo/#',
      `user ${USERS.narrow.username}`,
      'topic read watchfloor/v1/other-site/#',
      '',
    ].join('\n'),
  );
  // Mosquitto started as root reads these after dropping to its own user: let it.
  chmodSync(tls.dir, 0o755);
  for (const name of readdirSync(tls.dir)) chmodSync(join(tls.dir, name), 0o644);
  const tlsPort = await freePort();
  const broker = await startMosquitto([
    'allow_anonymous false',
    `password_file ${passwords}`,
    `acl_file ${acl}`,
    `listener ${tlsPort} 127.0.0.1`,
    `cafile ${tls.caCert}`,
    `certfile ${tls.serverCert}`,
    `keyfile ${tls.serverKey}`,
    'require_certificate true',
    'tls_version tlsv1.2',
  ]);
  return { ...broker, tlsUrl: `mqtts://127.0.0.1:${tlsPort}` };
}
