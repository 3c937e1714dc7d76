import type { BenchResults } from './parts.js';
import { latencyRows, screenRows } from './screen-table.js';
import { median } from './stats.js';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

/** The run as a Markdown table: each figure, what it is compared with, and the issue 8 target. */
export function resultTable(results: BenchResults): string {
  const lines = [
    row(['measure', 'baseline (same run)', 'Watchfloor', 'ratio / spread', 'target', '']),
    row(['---', '---', '---', '---', '---', '---']),
  ];
  for (const r of results.ingest ?? []) {
    const protocol = r.protocol === 5 ? 'MQTT 5, console window 2000' : `MQTT 3.1.1, broker window ${r.brokerInflight}`;
    lines.push(
      row([
        `durable ingest, QoS ${r.qos}, ${protocol}, ${r.events} events (msg/s per run)`,
        `bare mqtt.js: ${r.bareMsgPerS.join(', ')}`,
        r.coreMsgPerS.join(', '),
        `**${r.ratio}**`,
        '≥ 0.9',
        verdict(r.ratio >= 0.9),
      ]),
      row([
        `durable ingest, QoS ${r.qos}, ${protocol}: against the durable floor (raw append, ack after commit)`,
        `durable floor: ${r.floorMsgPerS.join(', ')}`,
        r.coreMsgPerS.join(', '),
        `**${r.ratioToFloor}**`,
        'measured',
        '',
      ]),
    );
  }
  const ingestRss = (results.ingest ?? []).map((r) => r.coreRssMiB);
  if (ingestRss.length > 0) {
    lines.push(
      row([
        'memory during sustained ingest (RSS MiB, sampled every 250 ms, bench process)',
        '',
        `p50 ${median(ingestRss.map((s) => s.p50))}, max ${Math.max(...ingestRss.map((s) => s.max))}`,
        '',
        'bounded',
        '',
      ]),
    );
  }
  const path = results.commitPath ?? [];
  for (const batch of [...new Set(path.map((r) => r.batch))]) {
    const of = (prefix: string) => path.filter((r) => r.batch === batch && r.variant.startsWith(prefix));
    const shipped = of('as shipped');
    const before = of('alarm rows');
    if (shipped.length === 0 || before.length === 0) continue;
    const cpu = (rows: typeof path) => median(rows.map((r) => r.cpuMicrosPerEvent));
    lines.push(
      row([
        `commit path, ${batch} per transaction (CPU µs/event, no broker)`,
        `alarm row per event: ${before.map((r) => r.cpuMicrosPerEvent).join(', ')}`,
        shipped.map((r) => r.cpuMicrosPerEvent).join(', '),
        `${Math.round((cpu(shipped) / cpu(before)) * 100) / 100}`,
        'lower',
        '',
      ]),
    );
    const unindexed = of('event log without');
    if (unindexed.length > 0) {
      lines.push(
        row([
          `commit path, ${batch} per transaction: event log without its search indexes (measurement only)`,
          `as shipped: ${shipped.map((r) => r.cpuMicrosPerEvent).join(', ')}`,
          unindexed.map((r) => r.cpuMicrosPerEvent).join(', '),
          `${Math.round((cpu(unindexed) / cpu(shipped)) * 100) / 100}`,
          'measured',
          '',
        ]),
      );
    }
  }
  if (results.history) {
    const { events, alarms } = results.history;
    for (const r of results.history.rows) {
      lines.push(
        row([
          `${r.measure} (${events} events, ${alarms} alarms)`,
          '',
          `${r.ms.p50} ms`,
          `${r.ms.min}–${r.ms.max} ms, n=${r.ms.n}`,
          r.targetMs === null ? 'measured' : `≤ ${r.targetMs} ms`,
          r.targetMs === null ? '' : verdict(r.ms.p50 <= r.targetMs),
        ]),
      );
    }
  }
  if (results.startup) {
    const s = results.startup;
    lines.push(
      row([
        `start-up to ready, ${s.events}-event database (in-process)`,
        '',
        `${s.starts.p50} ms`,
        `${s.starts.min}–${s.starts.max} ms, n=${s.starts.n}`,
        'measured',
        '',
      ]),
    );
  }
  if (results.coreMemory) {
    const m = results.coreMemory;
    lines.push(
      row([
        `start-up to ready, ${m.events}-event database (\`node bin/watchfloor.js serve\`, from spawn)`,
        '',
        `${m.processStartMs.p50} ms`,
        `${m.processStartMs.min}–${m.processStartMs.max} ms, n=${m.processStartMs.n}`,
        'measured',
        '',
      ]),
      row([
        `core process memory, ${m.perSecond} events/s for ${m.seconds} s (RSS MiB)`,
        '',
        `p50 ${m.rssMiB.p50}, max ${m.rssMiB.max}`,
        `by fifth of the run: ${m.rssByFifthMiB.join(', ')}`,
        'bounded',
        '',
      ]),
    );
  }
  lines.push(...latencyRows(results), ...screenRows(results));
  return `${lines.join('\n')}\n`;
}
