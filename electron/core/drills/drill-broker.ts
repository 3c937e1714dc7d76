import { readFileSync } from 'node:fs';
import type { SimulatorOptions } from '../../../fixtures/simulator/index.js';
import type { ConsoleConfig } from '../config/schema.js';

export type DrillBroker = Pick<SimulatorOptions, 'brokerUrl' | 'username' | 'password' | 'tls' | 'mqttVersion'>;

/** A drill's devices reach the console's own broker with the console's own credentials and TLS files. */
export function drillBroker(brokerUrl: string, broker: ConsoleConfig['broker']): DrillBroker {
  const pem = (file: string | undefined) => (file ? readFileSync(file, 'utf8') : undefined);
  const tls = { ca: pem(broker.caFile), cert: pem(broker.certFile), key: pem(broker.keyFile) };
  return {
    brokerUrl,
    ...(broker.username === undefined ? {} : { username: broker.username }),
    ...(broker.password === undefined ? {} : { password: broker.password }),
    ...(tls.ca || tls.cert || tls.key ? { tls } : {}),
    mqttVersion: broker.protocolVersion === 5 ? '5' : '3.1.1',
  };
}
