import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../electron/core/package-root.js';
import { waitFor } from '../../support/wait-for.js';

export const BIN = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');

export type CoreProcess = {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no handler runs, nothing is flushed; resolves once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM: the orderly stop `watchfloor serve` does on Ctrl+C. */
  stop(): Promise<void>;
};

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

/** The built CLI (`npm run build:core`) serving on a free port against an external broker, no simulator. */
export async function spawnCore(dbPath: string, brokerUrl: string, extra: string[] = []): Promise<CoreProcess> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--db', dbPath, '--broker', brokerUrl, '--no-simulator', '--port', '0', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await waitFor(
    'the console URL',
    () => {
      if (child.exitCode !== null) throw new Error(`watchfloor serve exited ${child.exitCode}:\n${output}`);
      return /Watchfloor console: (http:\/\/\S+?)\/?\n/.exec(output)?.[1];
    },
    30_000,
  );
  return {
    url,
    child,
    output: () => output,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Runs a CLI command to completion (stdin given as text). */
export function runCli(args: string[], input = '') {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
}

/** An operator account made with `watchfloor user add`, then signed in over HTTP: the session token. */
export async function operatorToken(dbPath: string, url: string, username: string, role = 'guard'): Promise<string> {
  const password = 'fault-test-password-1';
  const added = runCli(['user', 'add', username, '--role', role, '--db', dbPath], `${password}\n`);
  if (added.status !== 0 && !/exists/.test(added.stderr)) throw new Error(`user add failed: ${added.stderr}`);
  return signIn(url, username, password);
}

export async function signIn(url: string, username: string, password = 'fault-test-password-1'): Promise<string> {
  const response = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!body.token) throw new Error(`sign-in as ${username} failed: ${response.status} ${body.error ?? ''}`);
  return body.token;
}
