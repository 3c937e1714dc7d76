import mqtt from 'mqtt';
import { join } from 'node:path';
import { loadConfig } from '../../electron/core/config/load.js';
import { startConsole } from '../../electron/core/console.js';
import { silentLogger } from '../../electron/core/log.js';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { startMosquitto, type Mosquitto } from '../support/mosquitto.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';
import { contractTraffic, type Message } from './contract-traffic.js';
import { median, round } from './stats.js';

type Qos = 0 | 1;
let runNumber = 0;

async function publishAll(url: string, messages: readonly Message[], qos: Qos): Promise<void> {
  const client = await mqtt.connectAsync(url, {
    clientId: `bench-pub-${process.pid}-${runNumber}`,
    reconnectPeriod: 0,
  });
  const WINDOW = 500;
  for (let start = 0; start < messages.length; start += WINDOW) {
    await Promise.all(
      messages.slice(start, start + WINDOW).map((m) => client.publishAsync(m.topic, m.payload, { qos })),
    );
  }
  await client.endAsync();
}

/** Leaves a persistent session at the broker, so what is published next queues there for `clientId`. */
async function registerSession(url: string, clientId: string): Promise<void> {
  const client = await mqtt.connectAsync(url, { clientId, clean: false, reconnectPeriod: 0 });
  await client.subscribeAsync('watchfloor/v1/+/+/+', { qos: 1 });
  await client.endAsync();
}

/** The baseline: mqtt.js with the same session settings, counting messages and nothing else. */
async function bareSubscriberDrain(url: string, messages: readonly Message[], qos: Qos): Promise<number> {
  const clientId = `bench-bare-${runNumber++}`;
  await registerSession(url, clientId);
  await publishAll(url, messages, qos);
  let received = 0;
  const started = performance.now();
  const client = mqtt.connect(url, { clientId, clean: false, reconnectPeriod: 0 });
  client.on('message', () => received++);
  await waitFor('the bare subscriber to drain', () => received >= messages.length, 300_000);
  const seconds = (performance.now() - started) / 1000;
  await client.endAsync();
  return messages.length / seconds;
}

/** The core: validate, dedupe, store (ack after commit), project, raise alarms, publish deltas. */
async function coreDrain(url: string, messages: readonly Message[], qos: Qos): Promise<number> {
  const dir = tempDir('bench-core');
  const clientId = `bench-core-${runNumber++}`;
  const config = loadConfig({
    argv: [
      '--broker',
      url,
      '--client-id',
      clientId,
      '--port',
      '0',
      '--db',
      join(dir.path, 'bench.db'),
      '--no-simulator',
    ],
    env: {},
    cwd: dir.path,
  });
  await registerSession(url, clientId);
  await publishAll(url, messages, qos);
  const started = performance.now();
  const core = await startConsole(config, silentLogger);
  await waitFor(
    'the core to store everything',
    async () => {
      const health = (await (await fetch(new URL('/api/health', core.httpUrl))).json()) as {
        ingest: { stored: number };
      };
      return health.ingest.stored >= messages.length;
    },
    600_000,
  );
  const seconds = (performance.now() - started) / 1000;
  await core.stop();
  dir.remove();
  return messages.length / seconds;
}

export type IngestResult = { qos: Qos; events: number; bareMsgPerS: number[]; coreMsgPerS: number[]; ratio: number };

/**
 * Durable ingest against a bare subscriber, same broker and publisher: the messages are queued at
 * the broker for a persistent session first, then each consumer drains them; alternating runs.
 */
export async function benchIngest(
  events: number,
  repetitions: number,
  log: (line: string) => void,
): Promise<IngestResult[]> {
  const site = loadSite(DEMO_SITE_DIR);
  const mosquitto: Mosquitto = await startMosquitto(['queue_qos0_messages true']);
  const results: IngestResult[] = [];
  try {
    for (const qos of [1, 0] as const) {
      const bare: number[] = [];
      const core: number[] = [];
      for (let rep = 0; rep < repetitions; rep++) {
        const bareRate = await bareSubscriberDrain(mosquitto.url, contractTraffic(site, events), qos);
        const coreRate = await coreDrain(mosquitto.url, contractTraffic(site, events), qos);
        bare.push(bareRate);
        core.push(coreRate);
        log(`ingest qos${qos} rep ${rep + 1}: bare ${Math.round(bareRate)} msg/s, core ${Math.round(coreRate)} msg/s`);
      }
      results.push({
        qos,
        events,
        bareMsgPerS: bare.map((v) => round(v, 0)),
        coreMsgPerS: core.map((v) => round(v, 0)),
        ratio: round(median(core) / median(bare)),
      });
    }
  } finally {
    await mosquitto.stop();
  }
  return results;
}
