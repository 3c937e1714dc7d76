import { MAX_BATCH } from '../../electron/core/ingest/delivery-batcher.js';
import { cpuCeiling } from './cpu-ceiling.js';
import type { DrainCpu } from './drain-cpu.js';
import type { IngestResult } from './ingest.js';
import { LOG_INSERT_ALONE } from './log-insert-floor.js';
import type { BenchResults } from './parts.js';
import { median, round } from './stats.js';
import { row, verdict } from './table-row.js';

const thousands = (value: number) => Math.round(value).toLocaleString('en-GB');

const cpuSaid = (cpu: DrainCpu) =>
  `${cpu.consumerMicrosPerMsg} + broker ${cpu.brokerMicrosPerMsg ?? '?'}` +
  (cpu.machineBusyCores === null ? '' : ` (${cpu.machineBusyCores} cores busy)`);

function ceilingRow(r: IngestResult, logInsertMicros: number, protocol: string): string | null {
  const broker = r.cpu.bare.brokerMicrosPerMsg;
  if (broker === null) return null;
  const ceiling = cpuCeiling({
    cores: r.cores,
    bareMsgPerS: median(r.bareMsgPerS),
    clientMicrosPerMsg: r.cpu.bare.consumerMicrosPerMsg,
    brokerMicrosPerMsg: broker,
    logInsertMicrosPerEvent: logInsertMicros,
  });
  return row([
    `CPU ceiling, QoS ${r.qos}, ${protocol}: the least any durable, searchable subscriber spends per message ` +
      `(the bare subscriber's ${r.cpu.bare.consumerMicrosPerMsg} + the log insert alone ${logInsertMicros} CPU µs) ` +
      `plus the broker's ${broker}`,
    `bare mqtt.js: ${thousands(median(r.bareMsgPerS))} msg/s`,
    `${r.cores} cores, nothing else: ≤ ${thousands(ceiling.allCoresMsgPerS)} msg/s; one thread: ≤ ${thousands(ceiling.oneThreadMsgPerS)}`,
    `≤ **${round(ceiling.allCoresRatio)}**; one thread ≤ ${round(ceiling.oneThreadRatio)}`,
    'measured',
    ceiling.allCoresRatio < 0.9 ? 'ratio 0.9 out of reach here' : '',
  ]);
}

/** Durable ingest against both baselines, where the CPU went, and the ceiling it sets. */
export function ingestRows(results: BenchResults): string[] {
  const lines: string[] = [];
  // The log insert at the batch the core commits under load: its delivery batcher's cap.
  const logInsert = (results.commitPath ?? []).filter((r) => r.variant === LOG_INSERT_ALONE && r.batch === MAX_BATCH);
  const logInsertMicros = logInsert.length > 0 ? median(logInsert.map((r) => r.cpuMicrosPerEvent)) : null;
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
      row([
        `durable ingest, QoS ${r.qos}, ${protocol}: CPU µs per message, consumer + broker (median)`,
        `bare: ${cpuSaid(r.cpu.bare)}; floor: ${cpuSaid(r.cpu.floor)}`,
        cpuSaid(r.cpu.core),
        '',
        'measured',
        '',
      ]),
    );
    const ceiling = logInsertMicros === null ? null : ceilingRow(r, logInsertMicros, protocol);
    if (ceiling) lines.push(ceiling);
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
  return lines;
}
