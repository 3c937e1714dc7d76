import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Delivery } from '../../shared/contract/decode.js';
import type { Snapshot } from '../../shared/live/snapshot.js';
import { openAccounts } from './accounts/accounts.js';
import { ensureDemoAccounts, type DemoAccounts } from './accounts/demo-accounts.js';
import { bearerToken } from './accounts/session-token.js';
import { accountRoutes } from './api/account-routes.js';
import { checkExposure, consoleScheme, createConsoleServer } from './api/console-server.js';
import { httpHandler } from './api/http-handler.js';
import { apiRoutes } from './api/routes.js';
import { shiftBook } from './shifts/shift-book.js';
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
import { openSiteBook } from './site/site-book.js';
import { createDesk, TICK_MS } from './situation/desk.js';
import { Situation } from './situation/situation.js';
import { loadAlarmPolicy } from './site/load-alarm-policy.js';
import { loadPatrolPlan } from './patrols/load-patrol-plan.js';
import { openStore } from './store/store.js';
import { backupPolicyOf, scheduleBackups } from './store/backup-schedule.js';
import { holdDatabase } from './store/database-holder.js';
import { probeWritable } from './store/integrity.js';
import { storeHealth } from './ingest/store-fault.js';
import { isClockSkewed } from '../../shared/domain/device-state.js';
import { drillDesk } from './drills/drill-desk.js';
import { drillBroker } from './drills/drill-broker.js';
import { keyframeKeeper } from './review/replay-keeper.js';
import { createReplay } from './review/replay.js';
import { tailFollower } from './review/replay-tail-follower.js';
import { replayEnv } from './review/replay-world.js';

export type RunningConsole = {
  httpUrl: string;
  brokerUrl: string;
  /** How the first person gets in: the one-time set-up code (no accounts yet) or the demo accounts. */
  access: { setUpCode: string | null; demoAccounts: DemoAccounts | null };
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

/** How often expired sessions are swept and their seats disconnected. */
const SESSION_SWEEP_MS = 60_000;

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** The core: broker connection → log → situation → seats, plus the HTTP API. Plain Node, no Electron. */
export async function startConsole(
  config: ConsoleConfig,
  log: Logger,
  options: { demoAccounts?: boolean } = {},
): Promise<RunningConsole> {
  checkExposure(config.http);
  // The folder is checked even when the database has saved versions: a broken --site is a config error.
  loadSite(config.site.dir);
  const backupPolicy = backupPolicyOf(config);
  const store = openStore(config.db.path, { backupDir: backupPolicy.dir });
  // The newest saved version, or the folder's site imported as version 1 (docs/site-editor.md).
  const siteBook = openSiteBook(store.db, config.site.dir, Date.now());
  const site = siteBook.site;
  const holder = holdDatabase(config.db.path);
  const backups = scheduleBackups(store.db, backupPolicy, log);
  const accounts = openAccounts(store);
  const demoAccounts = options.demoAccounts
    ? await ensureDemoAccounts(accounts.admin, store.operators.count(), config.db.path)
    : null;
  const policy = loadAlarmPolicy(config.site.dir);
  const patrolPlan = loadPatrolPlan(config.site.dir, site);
  const situation = new Situation(store, site, policy, patrolPlan);
  const counters = zeroCounters();
  let live: LiveServer | null = null;
  const hub = new LiveHub((deltas) => live?.broadcast(deltas));
  siteBook.onChange((version) => {
    situation.useSite(version.site);
    hub.publish([{ kind: 'site', site: version.site, version: siteBook.current }]);
  });
  const epoch = randomUUID();
  const startedAt = Date.now();
  let port = config.http.port;
  const hosts = () => allowedHosts(config.http.host, port);

  let embedded: EmbeddedBroker | null = null;
  if (!config.broker.url) embedded = await startEmbeddedBroker(config.broker.embeddedPort, log);
  const brokerUrl = config.broker.url ?? embedded?.url ?? '';
  const drills = drillDesk({
    db: store.db,
    actions: store.actions,
    site: () => siteBook.site,
    broker: drillBroker(brokerUrl, config.broker),
    log,
  });

  let connection: BrokerConnection | null = null;
  const brokerStatus = () =>
    connection?.status ?? { url: brokerUrl, connected: false, since: startedAt, lastError: null };
  const snapshot = (): Snapshot => ({
    epoch,
    seq: hub.journal.lastSeq,
    serverTime: Date.now(),
    site: siteBook.site,
    siteVersion: siteBook.current,
    devices: situation.deviceStates(),
    alarms: situation.alarms(),
    incidents: situation.openIncidents(),
    policy,
    patrols: { plan: patrolPlan, runs: situation.patrols.liveRuns() },
    broker: brokerStatus(),
    ingest: { ...counters },
    shifts: store.shifts.open(),
    handovers: store.handovers.pending(),
  });
  const health = () => ({
    ok: brokerStatus().connected && (connection?.store.writable ?? true),
    uptimeS: Math.round((Date.now() - startedAt) / 1000),
    broker: brokerStatus(),
    store: connection?.store ?? storeHealth(null),
    ingest: { ...counters },
    quarantineTotal: store.quarantine.count(),
    devices: { clockSkewed: situation.deviceStates().filter(isClockSkewed).length },
    db: { sizeBytes: store.sizeBytes() },
    seats: live?.seats() ?? 0,
  });

  // One replay for every supervisor's seeks. It places devices as the site stood at start-up, as
  // the keyframe keeper does (below): keyframes made with one placement would not fit another.
  const replay = createReplay(store.db, site, policy);
  const server = createConsoleServer(
    config.http,
    httpHandler({
      routes: [
        ...apiRoutes({
          db: store.db,
          health,
          // A getter: routes that read deps.site per request see the newest saved version.
          get site() {
            return siteBook.site;
          },
          siteBook,
          events: store.events,
          alarms: store.alarms,
          actions: store.actions,
          backup: () => backups.now(),
          shiftBook: shiftBook(situation),
          replay,
          checkpoints: patrolPlan.checkpoints,
          drills,
        }),
        ...accountRoutes({ ...accounts, demoAccountsFile: demoAccounts?.file ?? null }),
      ],
      identify: (request) => {
        const token = bearerToken(request.headers.authorization);
        return token ? (accounts.authority.session(token)?.operator ?? null) : null;
      },
      rendererDir: RENDERER_DIR,
      siteDir: config.site.dir,
      planImage: (hash) => siteBook.images.get(hash),
      hosts,
      log,
    }),
  );
  const desk = createDesk(store, situation, (changes) => hub.publish(changes), log);
  // Replay's keyframes, for the site and policy as they stand at start-up, as the replay route uses them.
  const keyframes = keyframeKeeper(store.db, replayEnv(site, policy), { log });
  const recentReplay = tailFollower(replay, log);
  const clock = setInterval(() => desk.tick(), TICK_MS);
  const sessionSweep = setInterval(() => {
    try {
      accounts.authority.sweep();
      live?.dropExpired();
    } catch (error) {
      // Expired sessions are refused whether or not their rows are gone; a busy or failing
      // database only delays the clean-up to the next sweep.
      log.warn(`session sweep skipped: ${(error as Error).message}`);
    }
  }, SESSION_SWEEP_MS);
  live = attachLiveServer(
    server,
    epoch,
    hub.journal,
    {
      snapshot,
      session: (token) => accounts.authority.session(token),
      command: (raw, seat) => desk.command(raw, seat),
    },
    hosts,
  );
  accounts.onSessionsEnded((operatorId, tokenHashes) => live?.endSessions(operatorId, tokenHashes));
  try {
    port = await listen(server, config.http.port, config.http.host);
  } catch (error) {
    // Nothing may keep the process alive after a failed start: the caller reports and exits.
    clearInterval(clock);
    clearInterval(sessionSweep);
    await live.close();
    await embedded?.close();
    backups.stop();
    store.close();
    holder.release();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new ConfigError(
        `--port/--host: cannot listen on ${config.http.host}:${config.http.port} (${code}); choose another with --port or --host`,
      );
    }
    throw error;
  }
  const httpUrl = `${consoleScheme(config.http)}://${urlHost(config.http.host)}:${port}/`;

  const commit = (deliveries: Delivery[]) => {
    counters.received += deliveries.length;
    const outcome = commitBatch(store, situation, deliveries);
    addOutcome(counters, outcome);
    hub.publish([...outcome.changes, { kind: 'ingest', ingest: { ...counters } }]);
  };
  // Topics the embedded broker cannot deliver to our session come to the quarantine directly.
  embedded?.divertUnroutable((delivery) => commit([delivery]));
  connection = new BrokerConnection(
    brokerUrl,
    config.broker,
    {
      commit,
      status: (broker) => hub.publish([{ kind: 'broker', broker }]),
      probeStore: () => probeWritable(store.db),
    },
    log,
  );
  keyframes.start();
  recentReplay.start();

  return {
    httpUrl,
    brokerUrl,
    access: { setUpCode: accounts.bootstrap.code(), demoAccounts },
    async stop() {
      clearInterval(clock);
      clearInterval(sessionSweep);
      await drills.stopAll();
      await keyframes.stop();
      await recentReplay.stop();
      await connection?.close();
      hub.flush();
      hub.stop();
      await live?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await embedded?.close();
      backups.stop();
      store.close();
      holder.release();
    },
  };
}
