import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../../../electron/core/api/static-files.js';

const top = mkdtempSync(join(tmpdir(), 'wf-static-'));
const root = join(top, 'site');
mkdirSync(join(root, 'floors'), { recursive: true });
writeFileSync(join(root, 'floors', 'ground.svg'), '<svg/>');
writeFileSync(join(top, 'secret.json'), '{"password":"x"}');
writeFileSync(join(root, 'notes.txt'), 'not a served type');
symlinkSync(join(top, 'secret.json'), join(root, 'link.json'));

describe('resolveInside', () => {
  it('finds a file under the root', () => {
    expect(resolveInside(root, 'floors/ground.svg')).toBe(join(root, 'floors', 'ground.svg'));
  });

  it.each([
    '../secret.json',
    'floors/../../secret.json',
    '..%2Fsecret.json',
    '%2e%2e/secret.json',
    'floors%2F..%2F..%2Fsecret.json',
    '..\\secret.json',
    `${top}/secret.json`,
    'floors/ground.svg%00.json',
    '%E0%A4%A',
    '',
    'floors',
    'notes.txt',
    'link.json',
    'floors/missing.svg',
  ])('refuses %j', (path) => {
    expect(resolveInside(root, path)).toBeNull();
  });
});
