import type { Page } from 'playwright-core';

export type FrameRecord = { frames: number[]; longTasks: number[] };

/**
 * Starts recording, in the page, every animation frame's distance from the previous one and
 * every long task (over 50 ms, as Chromium reports them). A string, not a function: tsx (esbuild)
 * would wrap named helpers in a __name() the page lacks.
 */
export async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const record = { frames: [], longTasks: [], running: true };
    window.wfFrames = record;
    let last = performance.now();
    const tick = (at) => {
      record.frames.push(at - last);
      last = at;
      if (record.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  })()`);
}

export async function stopRecordingFrames(page: Page): Promise<FrameRecord> {
  return page.evaluate(`(() => {
    const record = window.wfFrames;
    record.running = false;
    return { frames: record.frames.slice(1), longTasks: record.longTasks };
  })()`);
}
