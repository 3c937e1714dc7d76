#!/usr/bin/env node
// `npm start` (after `npm run build`): the desktop app where Electron can run, otherwise the same
// console served over HTTP and opened in the system browser. It never just fails. Extra arguments
// (`npm start -- --port 4781 --kiosk`) go to whichever one runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  browserCommand,
  consoleUrlFromLine,
  electronBinary,
  electronFailedEarly,
  planStart,
  serveFallback,
} from './start-plan.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const context = {
  platform: process.platform,
  env: process.env,
  args: process.argv.slice(2),
  root,
  nodePath: process.execPath,
};

/** @param {string} path */
function readText(path) {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Runs a child to its end. SIGINT/SIGTERM sent to us are passed on once each, so `kill <pid>` or a
 * service manager stops the console cleanly; a second Ctrl+C is passed on again (the user insists).
 *
 * @param {string} command
 * @param {string[]} args
 * @param {'inherit' | 'pipe-stdout'} output
 * @param {(line: string) => void} [onLine]
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null, error: Error | null }>}
 */
function run(command, args, output, onLine) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: output === 'inherit' ? 'inherit' : ['inherit', 'pipe', 'inherit'],
      windowsHide: false,
    });
    const forward = (/** @type {NodeJS.Signals} */ signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (
      /** @type {{ code: number | null, signal: NodeJS.Signals | null, error: Error | null }} */ result,
    ) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(result);
    };
    if (child.stdout) {
      child.stdout.pipe(process.stdout);
      if (onLine) createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', onLine);
    }
    child.once('error', (error) => done({ code: null, signal: null, error }));
    child.once('close', (code, signal) => done({ code, signal, error: null }));
  });
}

/** @param {{ code: number | null, signal: NodeJS.Signals | null, error: Error | null }} result */
function exitCodeOf(result) {
  if (result.error) return 1;
  if (result.signal) return 128 + (constants.signals[result.signal] ?? 0);
  return result.code ?? 1;
}

/** @param {string} url */
function openBrowser(url) {
  const { command, args } = browserCommand(process.platform, url);
  const opener = spawn(command, args, { stdio: 'ignore', detached: true });
  opener.once('error', () => process.stderr.write(`Watchfloor: could not open a browser; open ${url} yourself.\n`));
  opener.unref();
}

/** @param {import('./start-plan.js').ServePlan} plan */
async function serve(plan) {
  process.stderr.write(plan.message);
  let opened = false;
  const result = await run(plan.command, plan.args, 'pipe-stdout', (line) => {
    const url = consoleUrlFromLine(line);
    if (url === null || opened || !plan.openBrowser) return;
    opened = true;
    openBrowser(url);
  });
  if (result.error) process.stderr.write(`Watchfloor: could not run the console: ${result.error.message}\n`);
  return exitCodeOf(result);
}

async function main() {
  const binary = electronBinary({
    electronDir: join(root, 'node_modules', 'electron'),
    env: process.env,
    exists: existsSync,
    readText,
  });
  const plan = planStart({ binary, ...context });
  if (plan.mode === 'serve') return serve(plan);

  const startedAt = Date.now();
  const result = await run(plan.command, plan.args, 'inherit');
  if (result.error || electronFailedEarly(result.code, Date.now() - startedAt)) {
    const why = result.error
      ? `Electron could not be started (${result.error.message})`
      : `Electron exited with code ${result.code} right after starting`;
    return serve(serveFallback(why, context));
  }
  return exitCodeOf(result);
}

process.exitCode = await main();
