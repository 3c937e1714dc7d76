import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OPENSSL = process.env.WATCHFLOOR_OPENSSL ?? '/usr/bin/openssl';

export type TlsFiles = {
  dir: string;
  /** The CA that signed the server and client certificates: what the console pins. */
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A second, unrelated CA: pinning it must make the console refuse the broker. */
  rogueCaCert: string;
};

const openssl = (args: string[], cwd: string) => execFileSync(OPENSSL, args, { cwd, stdio: 'pipe' });

function makeCa(dir: string, name: string): void {
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`].concat([
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
    ]),
    dir,
  );
}

function makeSigned(dir: string, name: string, ca: string, extensions: string): void {
  writeFileSync(join(dir, `${name}.ext`), extensions);
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`],
    dir,
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-days',
      '2',
    ].concat(['-out', `${name}.pem`, '-extfile', `${name}.ext`]),
    dir,
  );
}

/**
 * A test CA with a server certificate for localhost/127.0.0.1 and a client certificate, plus an
 * unrelated CA, made with openssl in `dir`. Missing openssl is a failure, not a skip.
 */
export function makeTlsFiles(dir: string): TlsFiles {
  makeCa(dir, 'test-ca');
  makeCa(dir, 'rogue-ca');
  makeSigned(
    dir,
    'server',
    'test-ca',
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n',
  );
  makeSigned(dir, 'watchfloor-desk', 'test-ca', 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n');
  const file = (name: string) => join(dir, name);
  return {
    dir,
    caCert: file('test-ca.pem'),
    serverCert: file('server.pem'),
    serverKey: file('server.key'),
    clientCert: file('watchfloor-desk.pem'),
    clientKey: file('watchfloor-desk.key'),
    rogueCaCert: file('rogue-ca.pem'),
  };
}
