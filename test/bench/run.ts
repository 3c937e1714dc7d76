import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { benchParts, BENCH_PARTS, type BenchPart } from './parts.js';
import { resultTable } from './result-table.js';

const HELP = `Usage: npm run bench [-- --only ${BENCH_PARTS.join(',')} --events N --repetitions N --inflight N]

Measures, in one run, the core against baselines measured in the same run, and writes
bench-results/bench-<time>.json and a table. Figures are ratios or latencies with their spread:
these machines are shared and noisy.
  --only LIST       parts to run, comma-separated (default: all): ${BENCH_PARTS.join(', ')}
  --events N        messages per ingest run (default 200000)
  --repetitions N   runs per ingest configuration, alternating baseline and core (default 2)
  --inflight N      Mosquitto max_inflight_messages for the ingest runs (default 100)
  --history-events N  events in the history database (default 1000000; alarms are a tenth)
  --probes N        latency probes, each a new alarm (default 250)
`;

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: BENCH_PARTS.join(',') },
    events: { type: 'string', default: '200000' },
    repetitions: { type: 'string', default: '2' },
    inflight: { type: 'string', default: '100' },
    'history-events': { type: 'string', default: '1000000' },
    probes: { type: 'string', default: '250' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const positive = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: --${name} must be a positive integer\n`);
    process.exit(2);
  }
  return value;
};
const parts = values.only.split(',').map((part) => part.trim());
const unknown = parts.filter((part) => !(BENCH_PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown part(s) ${unknown.join(', ')}; choose from ${BENCH_PARTS.join(', ')}\n`);
  process.exit(2);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverageAtStart: loadavg().map((value) => Math.round(value * 10) / 10),
};
log(`machine: ${JSON.stringify(machine)}`);

const measured = await benchParts(parts as BenchPart[], {
  events: positive('events', values.events),
  repetitions: positive('repetitions', values.repetitions),
  inflight: positive('inflight', values.inflight),
  historyEvents: positive('history-events', values['history-events']),
  probes: positive('probes', values.probes),
  log,
});

const results = {
  at: new Date().toISOString(),
  machine: { ...machine, loadAverageAtEnd: loadavg().map((value) => Math.round(value * 10) / 10) },
  ...measured,
};
const dir = join(PACKAGE_ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${results.at.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\n${resultTable(measured)}\nresults: ${file}\n`);
