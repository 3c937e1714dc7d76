import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../electron/core/config/load.js';
import { startConsole } from '../../electron/core/console.js';
import { silentLogger } from '../../electron/core/log.js';
import { startMosquitto } from '../support/mosquitto.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';
import { spread, type Spread } from './stats.js';

export type StartupResult = { events: number; starts: Spread; heapMiB: Spread; rssMiB: Spread };

/**
 * Start-up to ready with a large database: from startConsole() (the process already running, so
 * Node's own start is not in it) until /api/health answers with the broker connected. Each start
 * reopens the same file, as a restarted desk would.
 */
export async function benchStartup(dbPath: string, events: number, starts: number): Promise<StartupResult> {
  const mosquitto = await startMosquitto();
  const dir = tempDir('bench-startup');
  const times: number[] = [];
  const heap: number[] = [];
  const rss: number[] = [];
  try {
    for (let n = 0; n < starts; n++) {
      const config = loadConfig({
        argv: [
          '--broker',
          mosquitto.url,
          '--port',
          '0',
          '--db',
          dbPath,
          '--no-simulator',
          '--client-id',
          `bench-start-${n}`,
        ],
        env: {},
        cwd: dir.path,
      });
      const started = performance.now();
      const core = await startConsole(config, silentLogger);
      await waitFor(
        'the core to be ready',
        async () => {
          const health = (await (await fetch(new URL('/api/health', core.httpUrl))).json()) as { ok: boolean };
          return health.ok;
        },
        120_000,
      );
      times.push(performance.now() - started);
      const memory = process.memoryUsage();
      heap.push(memory.heapUsed / 2 ** 20);
      rss.push(memory.rss / 2 ** 20);
      await core.stop();
    }
  } finally {
    dir.remove();
    await mosquitto.stop();
  }
  return { events, starts: spread(times), heapMiB: spread(heap), rssMiB: spread(rss) };
}
