#!/usr/bin/env node
// @ts-check
// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, beside (never
// over) the plain-Node build in node_modules that the CLI and the tests use. See docs/desktop.md.
// Needs Electron's headers, which are downloaded from outside the npm registry: run it where that
// is possible (a packaging machine or CI per platform), not on a machine without that network.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAbi } from './native-abi.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const { getAbi } = require('node-abi');
const expectedAbi = Number(getAbi(electronVersion, 'electron'));

const work = join(root, 'native', 'electron-build');
const target = join(root, 'native', 'electron', 'better_sqlite3.node');

// A nodedir setting points node-gyp at Node's own headers: the "Electron" build would silently be a
// Node build. Build without it; the ABI check below catches whatever slips through anyway.
delete process.env.npm_config_nodedir;
delete process.env.NPM_CONFIG_NODEDIR;

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
mkdirSync(dirname(target), { recursive: true });
cpSync(join(root, 'node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), { recursive: true });
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({ name: 'electron-build', private: true, dependencies: { 'better-sqlite3': '*' } }),
);

process.stdout.write(`building better-sqlite3 for Electron ${electronVersion} (ABI ${expectedAbi})…\n`);
const { rebuild } = await import('@electron/rebuild');
try {
  await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
} catch (error) {
  process.stderr.write(
    `native:electron: the Electron build failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}

const built = join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const verdict = checkAbi(readFileSync(built), expectedAbi);
if (!verdict.ok) {
  process.stderr.write(`native:electron: refusing ${built}: ${verdict.message}\n`);
  process.exit(1);
}
copyFileSync(built, target);
process.stdout.write(`wrote ${target} (ABI ${expectedAbi})\n`);
