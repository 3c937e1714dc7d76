import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreHealth } from '../../../shared/domain/health.js';
import type { Alarm } from '../../../shared/domain/alarm.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { startMosquitto, type Mosquitto } from '../../support/mosquitto.js';
import { addOperator, signIn } from '../../support/operators.js';
import { connectSeat, type Seat } from '../../support/seat.js';
import { waitFor } from '../../support/wait-for.js';
import mqtt from 'mqtt';
import { actionsWithMarker, dbFacts, integrityCheck } from './db-facts.js';
import { mountSmallDisk, type SmallDisk } from './small-disk.js';
import { demoTraffic, publishAll } from './traffic.js';

type Health = { ok: boolean; store: StoreHealth; ingest: { stored: number } };

/** Another program holding the write lock, longer than the core's busy timeout: SQLITE_BUSY on every commit. */
function lockHolder(dbPath: string) {
  const db = new Database(dbPath);
  return {
    lock: () => db.exec('BEGIN IMMEDIATE'),
    release: () => {
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

const health = async (core: TestConsole) => (await (await fetch(`${core.httpUrl}api/health`)).json()) as Health;
const someOpenAlarm = async (seat: Seat): Promise<Alarm> =>
  waitFor(
    'an open alarm',
    () => seat.snapshots.at(-1)?.alarms[0] ?? seat.deltas.find((d) => d.kind === 'alarm')?.alarm,
  );

describe('the database cannot be written', () => {
  let mosquitto: Mosquitto;
  let disk: SmallDisk;
  let core: TestConsole | null = null;

  beforeAll(async () => {
    mosquitto = await startMosquitto();
    disk = mountSmallDisk(24);
  });
  afterAll(async () => {
    await core?.stop().catch(() => undefined);
    await mosquitto.stop();
    disk.unmount();
  });

  it(
    'ingest pauses without acknowledging, health and guards are told, and it resumes losing nothing',
    { timeout: 240_000 },
    async () => {
      core = await startTestConsole(['--broker', mosquitto.url], join(disk.path, 'watchfloor.db'));
      const running = core;
      const guard = await addOperator(running.dbPath, 'guard');
      const seat = await connectSeat(running.httpUrl, { token: (await signIn(running.httpUrl, guard)).token });
      const publisher = await mqtt.connectAsync(mosquitto.url, { clientId: 'fault-disk-pub', reconnectPeriod: 0 });
      const start = Date.now();
      const prefix = `bench-${start}-`;
      const traffic = demoTraffic(30_000, start);
      const phases: Record<string, unknown>[] = [];

      await publishAll(publisher, traffic.slice(0, 2_000));
      await waitFor('the first events', () => dbFacts(running.dbPath, prefix).events === 2_000, 60_000);
      const alarm = await someOpenAlarm(seat);
      const blocker = lockHolder(running.dbPath);

      // Another program's write lock lets no commit through. A full disk can still take a small one
      // into log space SQLite already has (a checkpointed WAL is rewritten from its start, not grown),
      // so there ingest is held back, not frozen: it must not run on through the backlog.
      for (const [name, breakIt, mendIt, slice, nothingThrough] of [
        ['disk full', () => disk.fill(), () => disk.free(), [2_000, 26_000], false],
        ['locked by another program', () => blocker.lock(), () => blocker.release(), [26_000, 30_000], true],
      ] as const) {
        breakIt();
        const brokeAt = Date.now();
        await publishAll(publisher, traffic.slice(slice[0], slice[1]));
        const failing = await waitFor(
          'the store fault in /api/health',
          async () => {
            const now = await health(running);
            return now.store.fault ? now : undefined;
          },
          60_000,
        );
        // While the fault lasts, guard actions are refused or, if they fit, really stored: never a false success.
        const noteText = `fault-note ${name}`;
        const note = await seat.command({ action: 'note', alarmId: alarm.id, text: noteText });
        const storedWhileBroken = dbFacts(running.dbPath, prefix).events;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const stillStored = dbFacts(running.dbPath, prefix).events;
        mendIt();
        const mendedAt = Date.now();
        await waitFor(
          'ingest to resume and catch up',
          () => dbFacts(running.dbPath, prefix).events >= slice[1],
          120_000,
        );
        const recovered = await waitFor(
          'the fault to clear',
          async () => ((await health(running)).store.writable ? true : undefined),
          60_000,
        );
        const facts = dbFacts(running.dbPath, prefix);
        phases.push({
          fault: name,
          code: failing.store.fault?.code,
          healthOk: failing.ok,
          published: slice[1] - slice[0],
          storedWhenFaultSeen: storedWhileBroken - slice[0],
          storedInTheNext2s: stillStored - storedWhileBroken,
          attempts: failing.store.fault?.attempts,
          note: note.ok ? 'stored' : note.refusal,
          resumedMs: Date.now() - mendedAt,
          faultSeenMs: failing.store.fault ? failing.store.fault.since - brokeAt : null,
        });
        expect(recovered).toBe(true);
        expect(failing.ok).toBe(false);
        expect(failing.store.fault?.cause).toMatch(/disk|read-only|database/);
        if (nothingThrough) expect(stillStored).toBe(storedWhileBroken);
        else expect(stillStored - slice[0]).toBeLessThan((slice[1] - slice[0]) / 2);
        expect(facts).toEqual({ events: slice[1], distinct: slice[1] });
        if (note.ok) expect(actionsWithMarker(running.dbPath, noteText)).toHaveLength(1);
        else expect(note.refusal).toBe('unavailable');
      }
      console.log(`database write failures:\n${phases.map((phase) => JSON.stringify(phase)).join('\n')}`);
      seat.close();
      await publisher.endAsync();
      await running.stop();
      core = null;
      expect(integrityCheck(running.dbPath)).toBe('ok');
    },
  );
});
