import type { BenchResults } from './parts.js';
import type { Spread } from './stats.js';
import { row, verdict } from './table-row.js';

const p50p99 = (s: Spread) => `p50 ${s.p50} ms, p99 ${s.p99} ms`;
const range = (s: Spread) => `${s.min}–${s.max} ms, n=${s.n}`;

/** Publish → seat and publish → screen, with the bare subscriber as the same run's floor. */
export function latencyRows({ latency: l }: BenchResults): string[] {
  if (!l) return [];
  const load = `${l.backgroundAchievedPerS} events/s background, load ${l.loadAverage[0]}`;
  return [
    row([
      `publish → delta at a socket.io seat (${load})`,
      `bare mqtt.js subscriber: ${p50p99(l.toBareSubscriberMs)}`,
      p50p99(l.toSocketMs),
      range(l.toSocketMs),
      'p99 ≤ 100 ms',
      verdict(l.toSocketMs.p99 <= 100),
    ]),
    row([
      `publish → drawn in Chromium (${load})`,
      `page's WebSocket: ${p50p99(l.toPageSocketMs)}`,
      p50p99(l.toScreenMs),
      range(l.toScreenMs),
      'p99 ≤ 250 ms',
      verdict(l.toScreenMs.p99 <= 250),
    ]),
  ];
}

/** First render and frames of the 5,000-device floor. */
export function screenRows({ screen: s }: BenchResults): string[] {
  if (!s) return [];
  const what = `${s.devices} devices, ${s.openAlarms} open alarms`;
  return [
    row([`screen: first render, ${what} (markers: ${s.markers})`, '', `${s.firstRenderMs} ms`, 'n=1', 'measured', '']),
    row([
      `screen: frames while ${s.updatesAchievedPerS} updates/s arrive, ${what} (page renderer CPU ${s.pageCpuMsPerS} ms/s)`,
      `even page, ${s.evenPage.sliceMs} ms of work per frame (renderer CPU ${s.evenPage.cpuMsPerS} ms/s), same traffic: ` +
        `${s.evenPage.framesOver50Ms} of ` +
        `${s.evenPage.frames} frames > 50 ms; ${s.evenPage.longTasks.count} long tasks, worst ${s.evenPage.longTasks.worstMs} ms`,
      `frame p50 ${s.frameMs.p50} ms, p99 ${s.frameMs.p99} ms, worst ${s.frameMs.max} ms`,
      `${s.framesOver50Ms} of ${s.frameMs.n} frames > 50 ms; ${s.longTasks.count} long tasks, worst ${s.longTasks.worstMs} ms`,
      'no long task > 50 ms',
      verdict(s.longTasks.count === 0),
    ]),
  ];
}
