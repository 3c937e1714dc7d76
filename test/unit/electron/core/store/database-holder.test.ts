import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseHolder, holderPath, holdDatabase } from '../../../../../electron/core/store/database-holder.js';
import { tempDir } from '../../../../support/temp-dir.js';

const dir = tempDir('holder');
afterAll(() => dir.remove());

describe('database holder file', () => {
  it('names this live process while held, and nobody once released', () => {
    const db = join(dir.path, 'a.db');
    const hold = holdDatabase(db);
    expect(databaseHolder(db)).toBe(process.pid);
    hold.release();
    expect(databaseHolder(db)).toBeNull();
  });

  it('ignores a holder left by a process that is gone (a killed console) and garbage', () => {
    const db = join(dir.path, 'b.db');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(holderPath(db), JSON.stringify({ pid: Number(gone.stdout) }));
    expect(databaseHolder(db)).toBeNull();
    writeFileSync(holderPath(db), 'not json');
    expect(databaseHolder(db)).toBeNull();
  });
});
