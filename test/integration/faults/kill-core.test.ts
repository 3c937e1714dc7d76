import mqtt from 'mqtt';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMosquitto, type Mosquitto } from '../../support/mosquitto.js';
import { connectSeat } from '../../support/seat.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';
import { operatorToken, runCli, signIn, spawnCore, type CoreProcess } from './core-process.js';
import { acknowledgedAlarmIds, actionsWithMarker, dbFacts, integrityCheck } from './db-facts.js';
import { guardAtWork, type ConfirmedActions } from './guard-actions.js';
import { demoTraffic, PUBLISH_WINDOW, publishAll } from './traffic.js';

const PER_ROUND = 12_000;
/** Where in each round's publishing the core is killed: early, middle, late. */
const KILL_AT = [0.2, 0.5, 0.85] as const;

type RoundFigures = Record<string, number | string>;

const confirmedCount = (confirmed: ConfirmedActions) => confirmed.notes.length + confirmed.acknowledged.length;

describe('kill -9 of the core during heavy QoS 1 ingest', () => {
  let mosquitto: Mosquitto;
  const dir = tempDir('kill-core');
  let core: CoreProcess | null = null;

  beforeAll(async () => {
    mosquitto = await startMosquitto();
  });
  afterAll(async () => {
    await core?.kill9();
    await mosquitto.stop();
    dir.remove();
  });

  it(
    'stores every event the broker delivered exactly once, and keeps every action a guard was told succeeded',
    { timeout: 600_000 },
    async () => {
      const dbPath = join(dir.path, 'watchfloor.db');
      core = await spawnCore(dbPath, mosquitto.url);
      await operatorToken(dbPath, core.url, 'fault-guard');
      const start = Date.now();
      const prefix = `bench-${start}-`;
      const traffic = demoTraffic(PER_ROUND * KILL_AT.length, start);
      const publisher = await mqtt.connectAsync(mosquitto.url, { clientId: 'fault-publisher', reconnectPeriod: 0 });
      const confirmed: ConfirmedActions = { notes: [], acknowledged: [], unanswered: 0 };
      const figures: RoundFigures[] = [];

      for (const [round, fraction] of KILL_AT.entries()) {
        const running: CoreProcess = core;
        const seat = await connectSeat(running.url, { token: await signIn(running.url, 'fault-guard') });
        const stopGuard = guardAtWork(seat, `kill-round-${round}`, confirmed);
        const killAt = Math.floor(PER_ROUND * fraction);
        let storedAtKill = -1;
        const slice = traffic.slice(round * PER_ROUND, (round + 1) * PER_ROUND);
        await publishAll(publisher, slice, async (published) => {
          if (published === PUBLISH_WINDOW) {
            // Early in the round (well before the kill), let the guard get a few actions confirmed.
            const before = confirmedCount(confirmed);
            await waitFor('confirmed guard actions', () => confirmedCount(confirmed) >= before + 5, 20_000);
          }
          if (storedAtKill >= 0 || published < killAt) return;
          await running.kill9();
          storedAtKill = dbFacts(dbPath, prefix).events - round * PER_ROUND;
        });
        await stopGuard();
        seat.close();

        const restartedAt = Date.now();
        core = await spawnCore(dbPath, mosquitto.url);
        const expected = (round + 1) * PER_ROUND;
        await waitFor(
          'the broker to drain into the restarted core',
          () => dbFacts(dbPath, prefix).events >= expected,
          240_000,
        );
        const drainMs = Date.now() - restartedAt;
        // A moment for any late redelivery to show up as a duplicate row if dedupe were broken.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const facts = dbFacts(dbPath, prefix);
        const health = (await (await fetch(`${core.url}/api/health`)).json()) as { ingest: { duplicates: number } };
        figures.push({
          round: round + 1,
          published: PER_ROUND,
          killedAfterPublishing: killAt,
          storedWhenKilled: storedAtKill,
          storedAfterRestart: facts.events - round * PER_ROUND,
          redeliveriesDeduplicated: health.ingest.duplicates,
          drainMs,
        });
        expect(facts.events).toBe(expected);
        expect(facts.distinct).toBe(facts.events);
      }
      await publisher.endAsync();
      await core.stop();
      core = null;

      console.log(`kill -9 rounds:\n${figures.map((row) => JSON.stringify(row)).join('\n')}`);
      console.log(
        `guard actions confirmed: ${confirmed.notes.length} notes, ${confirmed.acknowledged.length} acknowledgements; ` +
          `${confirmed.unanswered} in flight at a kill (never confirmed)`,
      );
      // The kills must have hit ingest mid-stream, or this proved nothing.
      expect(figures.some((row) => Number(row.storedWhenKilled) < PER_ROUND)).toBe(true);
      expect(integrityCheck(dbPath)).toBe('ok');
      expect(confirmed.notes.length + confirmed.acknowledged.length).toBeGreaterThan(0);
      const kept = actionsWithMarker(dbPath, 'kill-round-');
      const missingNotes = confirmed.notes.filter((text) => !kept.some((detail) => detail.includes(`"${text}"`)));
      expect(missingNotes).toEqual([]);
      const acknowledged = acknowledgedAlarmIds(dbPath);
      expect(confirmed.acknowledged.filter((alarmId) => !acknowledged.has(alarmId))).toEqual([]);
      const verify = runCli(['audit', 'verify', '--db', dbPath]);
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
    },
  );
});
