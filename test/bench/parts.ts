import { join } from 'node:path';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { openDatabase } from '../../electron/core/store/database.js';
import { tempDir } from '../support/temp-dir.js';
import { benchCommitPath, COMMIT_PATH_VARIANTS, type CommitPathResult } from './commit-path.js';
import { benchCoreMemory, type CoreMemoryResult } from './core-memory.js';
import { benchStartup, type StartupResult } from './footprint.js';
import { benchHistory, type HistoryRow } from './history.js';
import { benchIngest, type IngestResult } from './ingest.js';
import { benchLogInsert } from './log-insert-floor.js';
import { benchLatency, type LatencyResult } from './latency.js';
import { benchScreen, type ScreenResult } from './screen.js';
import { seedScaleDatabase } from './report-scale-seed.js';

export const BENCH_PARTS = ['ingest', 'commit-path', 'history', 'startup', 'latency', 'screen'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export type BenchOptions = {
  events: number;
  repetitions: number;
  inflight: number;
  historyEvents: number;
  probes: number;
  log: (line: string) => void;
};

export type BenchResults = {
  ingest?: IngestResult[];
  commitPath?: CommitPathResult[];
  history?: { events: number; alarms: number; rows: HistoryRow[] };
  startup?: StartupResult;
  coreMemory?: CoreMemoryResult;
  latency?: LatencyResult;
  screen?: ScreenResult;
};

const COMMIT_PATH_EVENTS = 50_000;

/**
 * The commit path's variants (commit-path.ts) side by side, alternating, at two batch sizes, and
 * the event log's insert alone (log-insert-floor.ts) with and without its search indexes.
 */
function commitPathRuns(repetitions: number, log: (line: string) => void): CommitPathResult[] {
  const results: CommitPathResult[] = [];
  const note = (result: CommitPathResult) => {
    log(`commit path ${JSON.stringify(result)}`);
    results.push(result);
  };
  for (let rep = 0; rep < repetitions; rep++) {
    for (const batch of [100, 1_000]) {
      for (const variant of COMMIT_PATH_VARIANTS) note(benchCommitPath(COMMIT_PATH_EVENTS, batch, variant));
      note(benchLogInsert(COMMIT_PATH_EVENTS, batch, true));
      note(benchLogInsert(COMMIT_PATH_EVENTS, batch, false));
    }
  }
  return results;
}

/** Runs the chosen parts in a fixed order; history and start-up share one large seeded database. */
export async function benchParts(parts: readonly BenchPart[], options: BenchOptions): Promise<BenchResults> {
  const { log } = options;
  const results: BenchResults = {};
  if (parts.includes('ingest')) {
    results.ingest = await benchIngest(options.events, options.repetitions, options.inflight, log);
  }
  if (parts.includes('commit-path')) results.commitPath = commitPathRuns(options.repetitions, log);
  if (parts.includes('history') || parts.includes('startup')) {
    const dir = tempDir('bench-history');
    try {
      const file = join(dir.path, 'history.db');
      const alarms = Math.max(1, Math.round(options.historyEvents / 10));
      const started = performance.now();
      const seed = seedScaleDatabase(file, alarms, options.historyEvents);
      log(`seeded ${seed.events} events, ${seed.alarms} alarms in ${Math.round(performance.now() - started)} ms`);
      if (parts.includes('history')) {
        const db = openDatabase(file, { readonly: true });
        try {
          results.history = {
            events: seed.events,
            alarms: seed.alarms,
            rows: await benchHistory(db, loadSite(DEMO_SITE_DIR), seed, log),
          };
        } finally {
          db.close();
        }
      }
      if (parts.includes('startup')) {
        results.startup = await benchStartup(file, seed.events, 3);
        log(`startup: ${JSON.stringify(results.startup)}`);
        results.coreMemory = await benchCoreMemory(file, seed.events);
        log(`core memory: ${JSON.stringify(results.coreMemory)}`);
      }
    } finally {
      dir.remove();
    }
  }
  if (parts.includes('latency')) results.latency = await benchLatency(options.probes, log);
  if (parts.includes('screen')) results.screen = await benchScreen(log);
  return results;
}
