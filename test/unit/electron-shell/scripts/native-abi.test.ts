import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../../electron/core/package-root.js';
import { checkAbi, registeredAbis } from '../../../../scripts/native-abi.js';

const require = createRequire(import.meta.url);

describe('the native module ABI check (scripts/native-abi.js)', () => {
  it('reads the ABI of the real plain-Node better-sqlite3 build', () => {
    const binary = readFileSync(
      join(PACKAGE_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    );
    expect(registeredAbis(binary)).toEqual([Number(process.versions.modules)]);
  });

  it('refuses the Node build as an Electron binary: the silent wrong-ABI trap', () => {
    const binary = readFileSync(
      join(PACKAGE_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    );
    const { getAbi } = require('node-abi') as { getAbi(version: string, runtime: string): string };
    const electronAbi = Number(getAbi('45.4.1', 'electron'));
    expect(electronAbi).not.toBe(Number(process.versions.modules));
    expect(checkAbi(binary, electronAbi)).toEqual({
      ok: false,
      message: `built for v${process.versions.modules}, but Electron needs v${electronAbi}`,
    });
    expect(checkAbi(binary, Number(process.versions.modules))).toEqual({ ok: true });
  });

  it('refuses a file with no or several registration symbols', () => {
    expect(checkAbi(new TextEncoder().encode('not an addon'), 150)).toMatchObject({
      ok: false,
      message: expect.stringContaining('no node_register_module'),
    });
    expect(
      checkAbi(new TextEncoder().encode('node_register_module_v115 node_register_module_v150'), 150),
    ).toMatchObject({ ok: false });
  });
});
