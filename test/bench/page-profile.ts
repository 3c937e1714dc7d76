import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/** Set to a folder to get the page's CPU profile of a bench there. */
export const PAGE_PROFILE_DIR = process.env.WATCHFLOOR_BENCH_PAGE_PROFILE;
/** Set (with the folder) to get a Performance trace as well; tracing slows the page down noticeably. */
const PAGE_TRACE = Boolean(process.env.WATCHFLOOR_BENCH_PAGE_TRACE);

/** Sampling interval of the CPU profile; Chromium's default (1 ms) misses short frames' work. */
const SAMPLING_INTERVAL_US = 200;
/** Trace categories for the Performance timeline: tasks, frames, style/layout/paint, V8 execution. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
];

export type PageProfile = { stop(): Promise<string[]> };

/**
 * Starts a CPU profile (and, with `trace` or WATCHFLOOR_BENCH_PAGE_TRACE, a Performance trace) of
 * the page when WATCHFLOOR_BENCH_PAGE_PROFILE is set; `stop` writes `<name>.cpuprofile` (and
 * `<name>.trace.json`, openable in Chromium's Performance panel) there and returns the paths.
 * Without the variable it does nothing, so a bench can always call it. Self time per function:
 * `npx tsx test/bench/profile-summary.ts <file>`.
 */
export async function startPageProfile(
  page: Page,
  name: string,
  options: { trace?: boolean } = { trace: PAGE_TRACE },
): Promise<PageProfile> {
  const dir = PAGE_PROFILE_DIR;
  if (!dir) return { stop: async () => [] };
  mkdirSync(dir, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  const traceChunks: unknown[] = [];
  if (options.trace) {
    cdp.on('Tracing.dataCollected', ({ value }) => traceChunks.push(...value));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES.join(','), transferMode: 'ReportEvents' });
  }
  return {
    async stop() {
      const written: string[] = [];
      const { profile } = await cdp.send('Profiler.stop');
      const profilePath = join(dir, `${name}.cpuprofile`);
      writeFileSync(profilePath, JSON.stringify(profile));
      written.push(profilePath);
      if (options.trace) {
        await endTrace(cdp);
        const tracePath = join(dir, `${name}.trace.json`);
        writeFileSync(tracePath, JSON.stringify({ traceEvents: traceChunks }));
        written.push(tracePath);
      }
      await cdp.detach();
      return written;
    },
  };
}

async function endTrace(cdp: CDPSession): Promise<void> {
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
}
