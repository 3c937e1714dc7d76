import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Delivery } from '../../shared/contract/decode.js';
import type { Site } from '../../shared/domain/site.js';
import type { Snapshot } from '../../shared/live/snapshot.js';
import { httpHandler } from './api/http-handler.js';
import { allowedHosts } from './api/request-origin.js';
import { startEmbeddedBroker, type EmbeddedBroker } from './broker/embedded-broker.js';
import { ConfigError } from './config/config-error.js';
import type { ConsoleConfig } from './config/schema.js';
import { BrokerConnection } from './ingest/broker-connection.js';
import { zeroCounters } from './ingest/ingest-counters.js';
import { addOutcome, commitBatch } from './ingest/ingest-pipeline.js';
import { LiveHub } from './live/live-hub.js';
import { attachLiveServer, type LiveServer } from './live/live-server.js';
import type { Logger } from './log.js';
import { RENDERER_DIR } from './package-root.js';
import { loadSite } from './site/load-site.js';
import { createDesk, TICK_MS } from './situation/desk.js';
import { Situation } from './situation/situation.js';
import { loadAlarmPolicy } from './site/load-alarm-policy.js';
import { openStore } from './store/store.js';

export type RunningConsole = {
  httpUrl: string;
  brokerUrl: string;
  /** Commits what is pending and stops everything, in order. */
  stop(): Promise<void>;
};

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** The core: broker connection → log → situation → seats, plus the HTTP API. Plain Node, no Electron. */
export async function startConsole(config: ConsoleConfig, log: Logger): Promise<RunningConsole> {
  const site: Site = loadSite(config.site.dir);
  const store = openStore(config.db.path);
  const policy = loadAlarmPolicy(config.site.dir);
  const situation = new Situation(store, site, policy);
  const counters = zeroCounters();
  let live: LiveServer | null = null;
  const hub = new LiveHub((deltas) => live?.broadcast(deltas));
  const epoch = randomUUID();
  const startedAt = Date.now();
  let port = config.http.port;
  const hosts = () => allowedHosts(config.http.host, port);

  let embedded: EmbeddedBroker | null = null;
  if (!config.broker.url) embedded = await startEmbeddedBroker(config.broker.embeddedPort, log);
  const brokerUrl = config.broker.url ?? embedded?.url ?? '';

  let connection: BrokerConnection | null = null;
  const brokerStatus = () =>
    connection?.status ?? { url: brokerUrl, connected: false, since: startedAt, lastError: null };
  const snapshot = (): Snapshot => ({
    epoch,
    seq: hub.journal.lastSeq,
    serverTime: Date.now(),
    site,
    devices: situation.deviceStates(),
    alarms: situation.alarms(),
    incidents: situation.openIncidents(),
    policy,
    broker: brokerStatus(),
    ingest: { ...counters },
  });
  const health = () => ({
    ok: brokerStatus().connected,
    uptimeS: Math.round((Date.now() - startedAt) / 1000),
    broker: brokerStatus(),
    ingest: { ...counters },
    quarantineTotal: store.quarantine.count(),
    db: { sizeBytes: store.sizeBytes() },
    seats: live?.seats() ?? 0,
  });

  const server = createServer(
    httpHandler({
      db: store.db,
      health,
      site,
      events: store.events,
      alarms: store.alarms,
      actions: store.actions,
      rendererDir: RENDERER_DIR,
      siteDir: config.site.dir,
      hosts,
      log,
    }),
  );
  const desk = createDesk(store, situation, (changes) => hub.publish(changes), log);
  const clock = setInterval(() => desk.tick(), TICK_MS);
  live = attachLiveServer(
    server,
    epoch,
    hub.journal,
    { snapshot, command: (raw, seat) => desk.command(raw, seat) },
    hosts,
  );
  try {
    port = await listen(server, config.http.port, config.http.host);
  } catch (error) {
    // Nothing may keep the process alive after a failed start: the caller reports and exits.
    clearInterval(clock);
    await live.close();
    await embedded?.close();
    store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new ConfigError(
        `--port/--host: cannot listen on ${config.http.host}:${config.http.port} (${code}); choose another with --port or --host`,
      );
    }
    throw error;
  }
  const httpUrl = `http://${urlHost(config.http.host)}:${port}/`;

  const commit = (deliveries: Delivery[]) => {
    counters.received += deliveries.length;
    const outcome = commitBatch(store, situation, deliveries);
    addOutcome(counters, outcome);
    hub.publish([...outcome.changes, { kind: 'ingest', ingest: { ...counters } }]);
  };
  connection = new BrokerConnection(
    brokerUrl,
    config.broker,
    { commit, status: (broker) => hub.publish([{ kind: 'broker', broker }]) },
    log,
  );

  return {
    httpUrl,
    brokerUrl,
    async stop() {
      clearInterval(clock);
      await connection?.close();
      hub.flush();
      hub.stop();
      await live?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await embedded?.close();
      store.close();
    },
  };
}
