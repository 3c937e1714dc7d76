import mqtt from 'mqtt';
import { cpus } from 'node:os';
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
import { meterDrainCpu, type DrainCpu } from './drain-cpu.js';
import { durableFloorDrain } from './durable-floor.js';
import { median, round, spread, type Spread } from './stats.js';

type Qos = 0 | 1;
/** The private broker the consumers drain, with its pid for its CPU time. */
type BenchBroker = Mosquitto & { pid: number };
/** One consumer's drain of the queued messages: its rate, and where the CPU went. */
type Drain = { msgPerS: number; cpu: DrainCpu };
/** How the consumers connect: MQTT 3.1.1 (the broker's max_inflight_messages sets the window) or MQTT 5 (the console asks for its own). */
export type IngestProtocol = 4 | 5;
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

/** MQTT 5 ends a session with its connection unless told to keep it. */
const session = (protocol: IngestProtocol) =>
  protocol === 5 ? { protocolVersion: 5 as const, properties: { sessionExpiryInterval: 3600 } } : {};

/** Leaves a persistent session at the broker, so what is published next queues there for `clientId`. */
async function registerSession(url: string, clientId: string, protocol: IngestProtocol): Promise<void> {
  const client = await mqtt.connectAsync(url, { clientId, clean: false, reconnectPeriod: 0, ...session(protocol) });
  await client.subscribeAsync('watchfloor/v1/+/+/+', { qos: 1 });
  await client.endAsync();
}

/** The baseline: mqtt.js with the same session settings, counting messages and nothing else. */
async function bareSubscriberDrain(
  broker: BenchBroker,
  messages: readonly Message[],
  qos: Qos,
  protocol: IngestProtocol,
): Promise<Drain> {
  const { url } = broker;
  const clientId = `bench-bare-${runNumber++}`;
  await registerSession(url, clientId, protocol);
  await publishAll(url, messages, qos);
  let received = 0;
  const started = performance.now();
  const meter = meterDrainCpu(broker.pid);
  const client = mqtt.connect(url, { clientId, clean: false, reconnectPeriod: 0, ...session(protocol) });
  client.on('message', () => received++);
  await waitFor('the bare subscriber to drain', () => received >= messages.length, 300_000);
  const seconds = (performance.now() - started) / 1000;
  const cpu = meter(messages.length);
  await client.endAsync();
  return { msgPerS: messages.length / seconds, cpu };
}

/** The second baseline: raw messages appended to SQLite, acked after commit, nothing else (durable-floor.ts). */
async function durableFloor(
  broker: BenchBroker,
  messages: readonly Message[],
  qos: Qos,
  protocol: IngestProtocol,
): Promise<Drain> {
  const { url } = broker;
  const clientId = `bench-floor-${runNumber++}`;
  await registerSession(url, clientId, protocol);
  await publishAll(url, messages, qos);
  const meter = meterDrainCpu(broker.pid);
  const options = { clientId, clean: false, reconnectPeriod: 0, ...session(protocol) };
  const msgPerS = await durableFloorDrain(url, options, messages.length);
  return { msgPerS, cpu: meter(messages.length) };
}

/** The core: validate, dedupe, store (ack after commit), project, raise alarms, publish deltas. */
async function coreDrain(
  broker: BenchBroker,
  messages: readonly Message[],
  qos: Qos,
  protocol: IngestProtocol,
  memory: number[],
): Promise<Drain> {
  const { url } = broker;
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
      '--mqtt-version',
      String(protocol),
    ],
    env: {},
    cwd: dir.path,
  });
  await registerSession(url, clientId, protocol);
  await publishAll(url, messages, qos);
  const started = performance.now();
  const meter = meterDrainCpu(broker.pid);
  const core = await startConsole(config, silentLogger);
  // The core runs in this process: RSS includes the bench's own copy of the messages.
  const sampler = setInterval(() => memory.push(process.memoryUsage().rss / 2 ** 20), 250);
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
  const cpu = meter(messages.length);
  clearInterval(sampler);
  await core.stop();
  dir.remove();
  return { msgPerS: messages.length / seconds, cpu };
}

export type IngestResult = {
  qos: Qos;
  protocol: IngestProtocol;
  /** Mosquitto's max_inflight_messages for this run: the window over MQTT 3.1.1. */
  brokerInflight: number;
  events: number;
  bareMsgPerS: number[];
  /** The durable floor (durable-floor.ts): store raw, ack after commit, nothing else. */
  floorMsgPerS: number[];
  coreMsgPerS: number[];
  ratio: number;
  /** Core against the durable floor: how much of what any durable subscriber must pay the core adds. */
  ratioToFloor: number;
  coreRssMiB: Spread;
  /** The machine's cores, for the CPU ceiling (cpu-ceiling.ts). */
  cores: number;
  /** Medians over the repetitions: CPU per message drained, by consumer. */
  cpu: { bare: DrainCpu; floor: DrainCpu; core: DrainCpu };
};

function medianCpu(drains: readonly Drain[]): DrainCpu {
  const of = (values: (number | null)[]) =>
    values.includes(null) ? null : round(median(values.filter((v): v is number => v !== null)), 1);
  return {
    consumerMicrosPerMsg: of(drains.map((d) => d.cpu.consumerMicrosPerMsg)) ?? 0,
    brokerMicrosPerMsg: of(drains.map((d) => d.cpu.brokerMicrosPerMsg)),
    machineBusyCores: of(drains.map((d) => d.cpu.machineBusyCores)),
  };
}

export type IngestCase = { qos: Qos; protocol: IngestProtocol };

/** QoS 1 and 0 over MQTT 3.1.1 with the broker's window, then QoS 1 over MQTT 5 with the console's own. */
export const INGEST_CASES: readonly IngestCase[] = [
  { qos: 1, protocol: 4 },
  { qos: 0, protocol: 4 },
  { qos: 1, protocol: 5 },
];

/**
 * Durable ingest against a bare subscriber and the durable floor, same broker and publisher: the
 * messages are queued at the broker for a persistent session first, then each consumer drains them;
 * alternating runs.
 */
export async function benchIngest(
  events: number,
  repetitions: number,
  brokerInflight: number,
  log: (line: string) => void,
): Promise<IngestResult[]> {
  const site = loadSite(DEMO_SITE_DIR);
  const mosquitto = await startMosquitto(['queue_qos0_messages true', `max_inflight_messages ${brokerInflight}`]);
  const results: IngestResult[] = [];
  try {
    for (const { qos, protocol } of INGEST_CASES) {
      const bare: Drain[] = [];
      const floor: Drain[] = [];
      const core: Drain[] = [];
      const memory: number[] = [];
      for (let rep = 0; rep < repetitions; rep++) {
        const bareDrain = await bareSubscriberDrain(mosquitto, contractTraffic(site, events), qos, protocol);
        const floorDrain = await durableFloor(mosquitto, contractTraffic(site, events), qos, protocol);
        const coreDrained = await coreDrain(mosquitto, contractTraffic(site, events), qos, protocol, memory);
        bare.push(bareDrain);
        floor.push(floorDrain);
        core.push(coreDrained);
        const said = (drain: Drain) =>
          `${Math.round(drain.msgPerS)} msg/s (${drain.cpu.consumerMicrosPerMsg.toFixed(1)} + broker ` +
          `${drain.cpu.brokerMicrosPerMsg?.toFixed(1) ?? '?'} CPU µs/msg, ${drain.cpu.machineBusyCores?.toFixed(2) ?? '?'} cores busy)`;
        log(
          `ingest qos${qos} mqtt${protocol === 5 ? '5' : '3.1.1'} inflight ${brokerInflight} rep ${rep + 1}: ` +
            `bare ${said(bareDrain)}, durable floor ${said(floorDrain)}, core ${said(coreDrained)}`,
        );
      }
      const rates = (drains: readonly Drain[]) => drains.map((d) => d.msgPerS);
      results.push({
        qos,
        protocol,
        brokerInflight,
        events,
        bareMsgPerS: rates(bare).map((v) => round(v, 0)),
        floorMsgPerS: rates(floor).map((v) => round(v, 0)),
        coreMsgPerS: rates(core).map((v) => round(v, 0)),
        ratio: round(median(rates(core)) / median(rates(bare))),
        ratioToFloor: round(median(rates(core)) / median(rates(floor))),
        coreRssMiB: spread(memory),
        cores: cpus().length,
        cpu: { bare: medianCpu(bare), floor: medianCpu(floor), core: medianCpu(core) },
      });
    }
  } finally {
    await mosquitto.stop();
  }
  return results;
}
