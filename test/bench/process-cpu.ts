import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on every common kernel). */
export const TICKS_PER_S = 100;

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by the browser's renderer processes (the pages), as Chromium reports
 * them: steadier than wall time on a loaded machine, where waiting for a core inflates every delay.
 */
export async function rendererCpuSeconds(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo.filter((info) => info.type === 'renderer').reduce((sum, info) => sum + info.cpuTime, 0);
  } finally {
    await cdp.detach();
  }
}

/** Starts counting the browser's renderer CPU; the returned function gives the ms of it used per second of wall time since. */
export async function meterRendererCpu(browser: Browser): Promise<() => Promise<number>> {
  const before = await rendererCpuSeconds(browser);
  const started = performance.now();
  return async () => (((await rendererCpuSeconds(browser)) - before) * 1e6) / (performance.now() - started);
}
