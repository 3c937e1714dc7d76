import type { Browser } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { meterRendererCpu } from './process-cpu.js';
import { recordFrames, stopRecordingFrames, type FrameRecord } from './screen-page.js';

const FRAMES_PER_S = 60;

export type EvenPageResult = FrameRecord & {
  /** Work per frame the page was calibrated for. */
  sliceMs: number;
  /** What the browser's renderer processes used per second while it ran. */
  usedCpuMsPerS: number;
};

/**
 * The screen's baseline, measured in the same run: a blank page in the same browser that, on every
 * animation frame, computes for an even share of the CPU the console's page used per second
 * (`cpuMsPerS`, the page's renderer process as Chromium counts it: main thread, compositor and
 * raster), while the same traffic flows to the same core. No task of its own comes near 50 ms, so
 * every long task it gets is the machine's scheduling: what any page doing that much work would
 * meet on this machine at that moment. The slice is an amount of work (calibrated on the page and
 * held to the target per frame), not a wait on the clock, so a task the scheduler holds up runs
 * long as a real one would. The renderer CPU it used is reported beside it.
 */
export async function evenPageFrames(browser: Browser, cpuMsPerS: number, forMs: number): Promise<EvenPageResult> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  try {
    await page.setContent('<!doctype html><title>baseline</title><p>even work per frame</p>');
    const sliceMs = cpuMsPerS / FRAMES_PER_S;
    // A string, not a function: tsx (esbuild) would wrap named helpers in a __name() the page lacks.
    await page.evaluate(`(() => {
      const work = (rounds) => { let x = 0; for (let i = 0; i < rounds; i++) x += Math.sqrt(i + x % 7); return x; };
      let probe = 10000;
      for (;;) { const t = performance.now(); work(probe); if (performance.now() - t > 20) break; probe *= 2; }
      const t = performance.now(); work(probe); const perMs = probe / (performance.now() - t);
      const slice = Math.max(1, Math.round(perMs * ${sliceMs}));
      window.wfEven = { running: true };
      // Held to the target as the JIT warms up; a slice the scheduler held up does not steer it.
      let rounds = slice;
      const frame = () => {
        const t = performance.now();
        work(rounds);
        const took = performance.now() - t;
        if (took > 0 && took < 1.5 * ${sliceMs}) rounds = Math.max(1, Math.round(rounds * Math.min(1.2, Math.max(0.8, ${sliceMs} / took))));
        if (window.wfEven.running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })()`);
    const cpu = await meterRendererCpu(browser);
    await recordFrames(page);
    await sleep(forMs);
    const frames: FrameRecord = await stopRecordingFrames(page);
    const usedMsPerS = await cpu();
    await page.evaluate('window.wfEven.running = false');
    return { sliceMs, usedCpuMsPerS: usedMsPerS, ...frames };
  } finally {
    await page.close();
  }
}
