import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE_NAME, openFileLog } from '../../../../electron/shell/log/file-log.js';

const dir = () => mkdtempSync(join(tmpdir(), 'watchfloor-log-'));

describe('openFileLog', () => {
  it('appends scoped lines and echoes them', () => {
    const folder = join(dir(), 'logs');
    const echoed: string[] = [];
    const log = openFileLog(folder, (line) => echoed.push(line));
    log.scope('shell').warn('blocked navigation');
    log.write('info', 'core', 'ready');
    const text = readFileSync(join(folder, LOG_FILE_NAME), 'utf8');
    expect(text).toMatch(/warn {2}\[shell\] blocked navigation\n.*info {2}\[core\] ready\n$/);
    expect(echoed).toHaveLength(2);
  });

  it('rotates at the size limit and keeps a bounded number of old files', () => {
    const folder = dir();
    const log = openFileLog(folder, () => {}, { maxBytes: 200, keepFiles: 2 });
    for (let i = 0; i < 40; i += 1) log.write('info', 'core', `line ${i} ${'x'.repeat(40)}`);
    const path = join(folder, LOG_FILE_NAME);
    expect(readFileSync(path).length).toBeLessThanOrEqual(200);
    expect(existsSync(`${path}.1`)).toBe(true);
    expect(existsSync(`${path}.2`)).toBe(true);
    expect(existsSync(`${path}.3`)).toBe(false);
    expect(readFileSync(path, 'utf8')).toContain('line 39');
  });

  it('counts an existing file towards the limit after a restart', () => {
    const folder = dir();
    writeFileSync(join(folder, LOG_FILE_NAME), 'x'.repeat(190));
    openFileLog(folder, () => {}, { maxBytes: 200, keepFiles: 1 }).write('info', 'shell', 'starting');
    expect(existsSync(join(folder, `${LOG_FILE_NAME}.1`))).toBe(true);
  });

  it('never throws when the folder cannot be written', () => {
    const folder = join(dir(), 'file-not-folder');
    writeFileSync(folder, '');
    const log = openFileLog(folder);
    expect(() => log.write('error', 'shell', 'still running')).not.toThrow();
  });
});
