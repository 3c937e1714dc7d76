import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowHash, type ChainRow } from '../../electron/core/audit/chain-hash.js';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import type { ActionInput } from '../../electron/core/store/action-log.js';
import { migrate } from '../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../electron/core/store/migrations/index.js';
import { openStore } from '../../electron/core/store/store.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
const dir = tempDir('audit');
afterAll(() => dir.remove());

const T0 = 1763700000000;
const guard = { operator: 'anna', seat: 'desk-1', alarmId: 1, incidentId: null, deviceId: 'door-3' };
const SHIFT: ActionInput[] = [
  { ...guard, at: T0, operator: 'system', seat: 'core', action: 'raise', detail: { condition: 'door-forced' } },
  { ...guard, at: T0 + 40_000, action: 'acknowledge', detail: {} },
  { ...guard, at: T0 + 95_000, action: 'note', detail: { text: 'Door found open, closed it' } },
  { ...guard, at: T0 + 120_000, action: 'dispatch', detail: { to: 'patrol 2' } },
  { ...guard, at: T0 + 600_000, action: 'resolve', detail: { disposition: 'false-alarm' } },
  {
    ...guard,
    at: T0 + 900_000,
    operator: 'ben',
    seat: 'desk-2',
    alarmId: null,
    deviceId: null,
    action: 'note',
    detail: { text: 'handover' },
  },
];

let databases = 0;
/** A database holding one shift's actions, written the way the console writes them. */
function shiftDatabase(): { file: string; hashes: string[] } {
  const file = join(dir.path, `shift-${++databases}.db`);
  const store = openStore(file);
  const records = store.inTransaction(() => SHIFT.map((action) => store.actions.append(action)));
  store.close();
  return { file, hashes: records.map((record) => record.hash) };
}

/**
 * What someone with the file and the sqlite3 shell could do: drop the guards (and the search
 * index's trigger, which would refuse a second row under a reused seq), then change history.
 */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(
    'DROP TRIGGER actions_no_update; DROP TRIGGER actions_no_delete; DROP TRIGGER IF EXISTS actions_review_text;',
  );
  db.exec(sql);
  db.close();
}

const verify = (file: string, ...more: string[]) => run('audit', 'verify', '--db', file, ...more);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('watchfloor audit verify on an intact log', () => {
  let file = '';
  let hashes: string[] = [];
  beforeAll(() => ({ file, hashes } = shiftDatabase()));

  it('exits 0 and prints the row count and the head hash', () => {
    const result = verify(file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`action log intact: 6 rows, head ${hashes.at(-1)}\n`);
    expect(result.status).toBe(0);
  });

  it('does not write to the database', () => {
    const before = sha256(file);
    expect(verify(file).status).toBe(0);
    expect(sha256(file)).toBe(before);
  });

  it('finds an anchor noted earlier', () => {
    const result = verify(file, '--anchor', String(hashes[3]).toUpperCase());
    expect(result.stdout).toMatch(/^action log intact: 6 rows, head [0-9a-f]{64}\nanchor found at row 4\n$/);
    expect(result.status).toBe(0);
  });
});

describe('watchfloor audit verify on a log edited behind the console’s back', () => {
  it.each([
    [
      'a note’s text edited',
      `UPDATE actions SET detail = '{"text":"Door found closed"}' WHERE seq = 3`,
      3,
      /contents do not match its hash/,
    ],
    [
      'a resolve re-attributed',
      `UPDATE actions SET operator = 'ben' WHERE seq = 5`,
      5,
      /contents do not match its hash/,
    ],
    ['a middle row deleted', 'DELETE FROM actions WHERE seq = 3', 3, /row 3 is missing, the next row is 4/],
    [
      'two rows that swapped seq numbers',
      'UPDATE actions SET seq = -2 WHERE seq = 2; UPDATE actions SET seq = 2 WHERE seq = 4; UPDATE actions SET seq = 4 WHERE seq = -2;',
      2,
      /previous hash is not row 1's hash/,
    ],
    [
      'a forged row appended with a made-up hash',
      `INSERT INTO actions SELECT 7, at + 1, 'ben', seat, 'note', alarm_id, incident_id, device_id, '{"text":"all quiet"}',
         hash, '${'c'.repeat(64)}' FROM actions WHERE seq = 6`,
      7,
      /contents do not match its hash/,
    ],
  ])('%s: exits 1 naming the first broken row', (_what, sql, brokenAt, reason) => {
    const { file } = shiftDatabase();
    tamper(file, sql);
    const result = verify(file);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^action log broken at row ${brokenAt}: `, 'm'));
    expect(result.stderr).toMatch(reason);
    expect(result.status).toBe(1);
  });

  it('says the append-only triggers are gone', () => {
    const { file } = shiftDatabase();
    tamper(file, 'SELECT 1');
    const result = verify(file);
    expect(result.stderr).toMatch(
      /^warning: the append-only guard triggers are gone \(actions_no_delete, actions_no_update\)/,
    );
    expect(result.status).toBe(0);
  });

  it('a forged row spliced in with a correct hash: the row after it breaks', () => {
    const { file, hashes } = shiftDatabase();
    const forged: Omit<ChainRow, 'hash'> = {
      seq: 3,
      at: T0 + 60_000,
      ...guard,
      action: 'note',
      detail: '{"text":"Camera shows nobody"}',
      prevHash: String(hashes[1]),
    };
    tamper(
      file,
      `UPDATE actions SET seq = -seq WHERE seq >= 3; UPDATE actions SET seq = 1 - seq WHERE seq < 0;
       INSERT INTO actions VALUES (3, ${forged.at}, 'anna', 'desk-1', 'note', 1, NULL, 'door-3',
         '${forged.detail}', '${forged.prevHash}', '${rowHash(forged)}')`,
    );
    const result = verify(file);
    expect(result.stderr).toMatch(/^action log broken at row 4: /m);
    expect(result.status).toBe(1);
  });

  it('rows removed from the end: only an anchor noted earlier exposes it', () => {
    const { file, hashes } = shiftDatabase();
    tamper(file, 'DELETE FROM actions WHERE seq = 6');
    const alone = verify(file);
    expect(alone.stdout).toBe(`action log intact: 5 rows, head ${hashes[4]}\n`);
    expect(alone.status).toBe(0);

    const anchored = verify(file, '--anchor', String(hashes[5]));
    expect(anchored.stderr).toMatch(/action log does not contain anchor [0-9a-f]{64}: rows were removed from its end/);
    expect(anchored.status).toBe(1);
  });

  it('a database from before the action log, or with the table dropped: exits 1', () => {
    const file = join(dir.path, 'before-actions.db');
    const db = new Database(file);
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version === 1),
    );
    db.close();
    const result = verify(file);
    expect(result.stderr).toMatch(/^action log missing: .* has no actions table/);
    expect(result.status).toBe(1);
  });
});

describe('watchfloor audit log', () => {
  let file = '';
  beforeAll(() => ({ file } = shiftDatabase()));
  const lines = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { seq: number; action: string; detail: unknown });

  it('prints one alarm’s actions, oldest first, as JSON lines', () => {
    const result = run('audit', 'log', '--db', file, '--alarm', '1');
    expect(result.status).toBe(0);
    expect(lines(result.stdout).map((r) => r.action)).toEqual(['raise', 'acknowledge', 'note', 'dispatch', 'resolve']);
    expect(lines(result.stdout)[2]?.detail).toEqual({ text: 'Door found open, closed it' });
  });

  it('prints the newest actions first, up to --limit', () => {
    const result = run('audit', 'log', '--db', file, '--limit', '2');
    expect(result.status).toBe(0);
    expect(lines(result.stdout).map((r) => r.seq)).toEqual([6, 5]);
  });
});

describe('watchfloor audit usage', () => {
  it.each([
    ['audit', '--help'],
    ['audit', 'verify', '--help'],
    ['audit', 'log', '-h'],
  ])('%s %s prints help', (...args) => {
    const result = run(...args);
    expect(result.stdout).toMatch(/^Usage: watchfloor audit/);
    expect(result.status).toBe(0);
  });

  it.each([
    [['audit'], /^Usage: watchfloor audit/, 'stdout'],
    [['audit', 'rewrite'], /^watchfloor audit: unknown subcommand "rewrite"/, 'stderr'],
    [['audit', 'verify'], /^watchfloor audit: --db <file> is required/, 'stderr'],
    [['audit', 'verify', '--db'], /--db/, 'stderr'],
    [['audit', 'verify', '--db', 'x.db', '--frobnicate'], /Unknown option '--frobnicate'/, 'stderr'],
    [
      ['audit', 'verify', '--db', '/nonexistent/watchfloor.db'],
      /--db: no such file: \/nonexistent\/watchfloor.db/,
      'stderr',
    ],
    [['audit', 'verify', '--db', 'NOT_A_DB'], /is not a readable SQLite database/, 'stderr'],
    [['audit', 'verify', '--db', 'x.db', '--anchor', 'abc'], /--anchor: must be a 64-character hex hash/, 'stderr'],
    [['audit', 'log', '--db', 'x.db', '--limit', '0'], /--limit: must be a positive integer/, 'stderr'],
  ])('refuses %j with exit code 2', (args, message, stream) => {
    const notADatabase = join(dir.path, 'notes.txt');
    writeFileSync(notADatabase, 'these are not the logs you are looking for\n'.repeat(20));
    const result = run(...args.map((arg) => (arg === 'NOT_A_DB' ? notADatabase : arg)));
    expect(stream === 'stdout' ? result.stdout : result.stderr).toMatch(message);
    expect(result.status).toBe(2);
  });
});
