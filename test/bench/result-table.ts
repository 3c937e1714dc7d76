import { ingestRows } from './ingest-table.js';
import { LOG_INSERT_ALONE, LOG_INSERT_UNINDEXED } from './log-insert-floor.js';
import type { BenchResults } from './parts.js';
import { latencyRows, screenRows } from './screen-table.js';
import { median } from './stats.js';
import { row, verdict } from './table-row.js';

/** The run as a Markdown table: each figure, what it is compared with, and the issue 8 target. */
export function resultTable(results: BenchResults): string {
  const lines = [
    row(['measure', 'baseline (same run)', 'Watchfloor', 'ratio / spread', 'target', '']),
    row(['---', '---', '---', '---', '---', '---']),
  ];
  lines.push(...ingestRows(results));
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
    const alone = of(LOG_INSERT_ALONE);
    const aloneUnindexed = of(LOG_INSERT_UNINDEXED);
    if (alone.length > 0 && aloneUnindexed.length > 0) {
      lines.push(
        row([
          `the event log's insert alone, ${batch} per transaction (SQLite only, CPU µs/event; without search indexes in the baseline column)`,
          `without search indexes: ${aloneUnindexed.map((r) => r.cpuMicrosPerEvent).join(', ')}`,
          alone.map((r) => r.cpuMicrosPerEvent).join(', '),
          `${Math.round((cpu(alone) / cpu(shipped)) * 100) / 100} of the commit path`,
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
