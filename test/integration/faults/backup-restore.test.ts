import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, openSync, closeSync, writeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { startMosquitto, type Mosquitto } from '../../support/mosquitto.js';
import { addOperator, signIn } from '../../support/operators.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';
import { runCli } from './core-process.js';
import { dbFacts, integrityCheck } from './db-facts.js';
import { demoTraffic, publishAll } from './traffic.js';

const TOTAL = 20_000;

/** Every event row, in order, hashed: two files with the same digest hold the same log. */
function eventDigest(
  dbPath: string,
  upToSeq = Number.MAX_SAFE_INTEGER,
): { rows: number; digest: string; lastSeq: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    let rows = 0;
    let lastSeq = 0;
    const select = db.prepare(
      'SELECT seq, site_id, device_id, event_id, received_at, payload FROM events WHERE seq <= ? ORDER BY seq',
    );
    for (const row of select.iterate(upToSeq) as Iterable<{ seq: number }>) {
      hash.update(JSON.stringify(row));
      rows++;
      lastSeq = row.seq;
    }
    return { rows, digest: hash.digest('hex'), lastSeq };
  } finally {
    db.close();
  }
}

function corrupt(path: string, offset: number, bytes: number): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(bytes, 0xa5), 0, bytes, offset);
  } finally {
    closeSync(fd);
  }
}

describe('backups, restore and the start-up integrity check', () => {
  let mosquitto: Mosquitto;
  let core: TestConsole | null = null;
  const dir = tempDir('backup-restore');

  beforeAll(async () => {
    mosquitto = await startMosquitto();
  });
  afterAll(async () => {
    await core?.stop();
    await mosquitto.stop();
    dir.remove();
  });

  it(
    'backs up online during ingest (API and CLI), and a restore gives back exactly the backed-up log',
    { timeout: 240_000 },
    async () => {
      core = await startTestConsole(['--broker', mosquitto.url], join(dir.path, 'live.db'));
      const running = core;
      const admin = await addOperator(running.dbPath, 'admin');
      const { token } = await signIn(running.httpUrl, admin);
      const guard = await addOperator(running.dbPath, 'guard');
      const guardToken = (await signIn(running.httpUrl, guard)).token;
      const start = Date.now();
      const prefix = `bench-${start}-`;
      const publisher = await mqtt.connectAsync(mosquitto.url, { clientId: 'fault-backup-pub', reconnectPeriod: 0 });
      const backups: { path: string; storedWhenAsked: number }[] = [];
      const backupNow = (bearer: string) =>
        fetch(`${running.httpUrl}api/admin/backup`, { method: 'POST', headers: { Authorization: `Bearer ${bearer}` } });

      const refused = await backupNow(guardToken);
      expect(refused.status).toBe(403);
      await publishAll(publisher, demoTraffic(TOTAL, start), async (published) => {
        if (published % 5_000 !== 0 || published === TOTAL) return;
        const storedWhenAsked = dbFacts(running.dbPath, prefix).events;
        if (published === 10_000) {
          const out = join(dir.path, 'cli-backup.db');
          const cli = runCli(['backup', '--db', running.dbPath, '--out', out]);
          expect(cli.stderr).toBe('');
          expect(cli.status).toBe(0);
          backups.push({ path: out, storedWhenAsked });
          return;
        }
        const response = await backupNow(token);
        expect(response.status).toBe(201);
        backups.push({ path: ((await response.json()) as { path: string }).path, storedWhenAsked });
      });
      await waitFor('ingest to finish', () => dbFacts(running.dbPath, prefix).events >= TOTAL, 120_000);
      await publisher.endAsync();

      // While the console runs, restore refuses to swap its file.
      const first = backups[0]?.path ?? 'no backup was made';
      const whileRunning = runCli(['restore', '--from', first, '--db', running.dbPath]);
      expect(whileRunning.status).toBe(1);
      expect(whileRunning.stderr).toMatch(/in use by a running console \(pid \d+\)/);
      await running.stop();
      core = null;

      const live = eventDigest(running.dbPath);
      const figures: Record<string, unknown>[] = [];
      for (const [n, backup] of backups.entries()) {
        expect(integrityCheck(backup.path)).toBe('ok');
        const copy = eventDigest(backup.path);
        // A backup is the live log as it was at one instant: a prefix of it, not a mix.
        expect(copy).toEqual(eventDigest(running.dbPath, copy.lastSeq));
        const restored = join(dir.path, `restored-${n}.db`);
        const result = runCli(['restore', '--from', backup.path, '--db', restored]);
        expect(result.status).toBe(0);
        expect(eventDigest(restored)).toEqual(copy);
        figures.push({
          backup: n + 1,
          storedWhenAsked: backup.storedWhenAsked,
          eventsInBackup: copy.rows,
          bytes: statSync(backup.path).size,
        });
      }
      // Restoring over the (stopped) live file keeps the file it replaces.
      const newest = backups.at(-1)?.path ?? 'no backup was made';
      const over = runCli(['restore', '--from', newest, '--db', running.dbPath]);
      expect(over.status).toBe(0);
      const kept = /kept as (\S+)/.exec(over.stdout)?.[1] ?? 'nothing kept';
      expect(existsSync(kept)).toBe(true);
      expect(eventDigest(kept)).toEqual(live);
      console.log(
        `online backups during ingest of ${TOTAL} events (live log ${live.rows} rows):\n${figures.map((f) => JSON.stringify(f)).join('\n')}`,
      );
    },
  );

  it('refuses to start on a damaged database, naming the file and how to restore', { timeout: 120_000 }, async () => {
    const sound = join(dir.path, 'sound.db');
    const seed = await startTestConsole([], sound);
    await seed.stop();
    const cases: { name: string; damage: (path: string) => void }[] = [
      { name: 'pages overwritten', damage: (path) => corrupt(path, 4096 * 3, 4096 * 4) },
      { name: 'header overwritten', damage: (path) => corrupt(path, 0, 100) },
    ];
    for (const { name, damage } of cases) {
      const broken = join(dir.path, `broken-${name.replace(/\W/g, '-')}.db`);
      copyFileSync(sound, broken);
      damage(broken);
      const result = runCli(['serve', '--db', broken, '--no-simulator', '--port', '0', '--broker-port', '0']);
      console.log(`start-up on a damaged file (${name}): exit ${result.status}: ${result.stderr.split('\n')[0]}`);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`database ${broken} is damaged`);
      expect(result.stderr).toContain('watchfloor restore --from');
    }
  });
});
