import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { startRestartableMosquitto, type RestartableMosquitto } from '../../support/mosquitto.js';
import { waitFor } from '../../support/wait-for.js';
import { dbFacts } from './db-facts.js';
import { demoTraffic, publishAll, publishUntil } from './traffic.js';

const MID_STREAM = 10_000;
/** The broker is stopped between these, at the first window the core has not stored all of yet. */
const STOP_FROM = 1_000;
const STOP_WITHIN = 9_000;
const WHILE_CORE_AWAY = 5_000;

const connectPublisher = (url: string) =>
  mqtt.connectAsync(url, { clientId: `fault-pub-${Date.now()}`, reconnectPeriod: 0 });
const brokerConnected = async (core: TestConsole) =>
  ((await (await fetch(`${core.httpUrl}api/health`)).json()) as { broker: { connected: boolean } }).broker.connected;

describe('broker restart', () => {
  let broker: RestartableMosquitto;
  let core: TestConsole | null = null;

  beforeAll(async () => {
    broker = await startRestartableMosquitto();
  });
  afterAll(async () => {
    await core?.stop();
    await broker.stop();
  });

  it(
    'mid-stream: the core reconnects by itself and every accepted message is stored once',
    { timeout: 180_000 },
    async () => {
      const running = await startTestConsole(['--broker', broker.url]);
      core = running;
      const start = Date.now();
      const prefix = `bench-${start}-`;
      const traffic = demoTraffic(MID_STREAM, start);
      let publisher = await connectPublisher(broker.url);
      // Past the start, stop at the first window the broker has accepted (PUBACK) but the core has
      // not stored all of: the broker goes down with the core part-way through what it was sent.
      let storedAtStop = -1;
      const stopAfter = await publishUntil(publisher, traffic.slice(0, STOP_WITHIN), (published) => {
        if (published < STOP_FROM) return false;
        storedAtStop = dbFacts(running.dbPath, prefix).events;
        return storedAtStop < published;
      });
      expect(storedAtStop, 'the core kept up with every window: nothing was in flight to cut').toBeLessThan(stopAfter);
      await publisher.endAsync(true);
      await broker.halt();
      await waitFor('the core to notice', async () => !(await brokerConnected(running)));
      await broker.resume();
      publisher = await connectPublisher(broker.url);
      await publishAll(publisher, traffic.slice(stopAfter));
      await publisher.endAsync();
      const reconnectedIn = Date.now();
      await waitFor('everything to be stored', () => dbFacts(running.dbPath, prefix).events >= MID_STREAM, 120_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const facts = dbFacts(running.dbPath, prefix);
      console.log(
        `broker restart mid-stream: ${stopAfter} accepted before the stop, ${storedAtStop} stored by then; ` +
          `${MID_STREAM} in all, ${facts.events} stored (${facts.distinct} distinct), drained ${Date.now() - reconnectedIn} ms after the last publish`,
      );
      expect(facts).toEqual({ events: MID_STREAM, distinct: MID_STREAM });
      await running.stop();
      core = null;
    },
  );

  it(
    "messages queued for the core's session survive the broker restart and reach the core",
    { timeout: 180_000 },
    async () => {
      // The core subscribes once so that the broker holds its persistent session, then goes away.
      const first = await startTestConsole(['--broker', broker.url]);
      const dbPath = first.dbPath;
      await waitFor('the core to be connected', () => brokerConnected(first));
      await first.stop();

      const start = Date.now() + 1;
      const prefix = `bench-${start}-`;
      const publisher = await connectPublisher(broker.url);
      await publishAll(publisher, demoTraffic(WHILE_CORE_AWAY, start));
      await publisher.endAsync();
      await broker.halt();
      await broker.resume();

      core = await startTestConsole(['--broker', broker.url], dbPath);
      await waitFor(
        'the queued messages to be stored',
        () => dbFacts(dbPath, prefix).events >= WHILE_CORE_AWAY,
        120_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const facts = dbFacts(dbPath, prefix);
      console.log(
        `broker restart with ${WHILE_CORE_AWAY} queued for the core: ${facts.events} stored (${facts.distinct} distinct)`,
      );
      expect(facts).toEqual({ events: WHILE_CORE_AWAY, distinct: WHILE_CORE_AWAY });
    },
  );
});
