import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { waitFor } from '../support/wait-for.js';

const ENTRY = fileURLToPath(new URL('./latency-core-entry.ts', import.meta.url));
/** The CLI a desk runs: the compiled core (npm run build), without tsx. */
const BUILT_CLI = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');
/** What the core keeps of its own output, for the error when it fails to start. */
const MAX_OUTPUT_CHARS = 20_000;
/** Set to a folder to get the core's CPU profile there (node --cpu-prof), written when it stops. */
const PROFILE_DIR = process.env.WATCHFLOOR_BENCH_CORE_PROFILE;

export type CoreProcess = { httpUrl: string; dbPath: string; pid: number; stop(): Promise<void> };

/**
 * `watchfloor serve` in a child process, as a desk runs it: latency measured from the bench's
 * publisher to the bench's seat then crosses real process boundaries, and the core's work does not
 * delay the clients' own timestamps. It serves the built renderer (npm run build:renderer).
 */
export async function startCoreProcess(args: {
  brokerUrl: string;
  dbPath: string;
  siteDir: string;
  clientId: string;
  /** Run the compiled CLI as shipped rather than the source through tsx (start-up is then the product's own). */
  built?: boolean;
}): Promise<CoreProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
      ...(args.built ? [BUILT_CLI] : ['--import', 'tsx', ENTRY]),
      'serve',
      '--broker',
      args.brokerUrl,
      '--port',
      '0',
      '--db',
      args.dbPath,
      '--site',
      args.siteDir,
      '--no-simulator',
      '--client-id',
      args.clientId,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-MAX_OUTPUT_CHARS));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  try {
    const httpUrl = await waitFor(
      'the core to serve',
      () => {
        if (child.exitCode !== null) throw new Error(`the core exited (${child.exitCode}): ${output}`);
        return /Watchfloor console: (http:\/\/\S+)/.exec(output)?.[1];
      },
      60_000,
    );
    await waitFor(
      'the core to reach the broker',
      async () => {
        const health = (await (await fetch(new URL('/api/health', httpUrl))).json()) as {
          broker: { connected: boolean };
        };
        return health.broker.connected;
      },
      30_000,
    );
    return { httpUrl, dbPath: args.dbPath, pid: child.pid ?? 0, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
