import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { benchIngest } from './ingest.js';

const HELP = `Usage: npm run bench [-- --events N --repetitions N]

Measures, in one run, the core against baselines measured in the same run, and writes
bench-results/bench-<time>.json. Figures are ratios or latencies with their spread:
these machines are shared and noisy.
  --events N        messages per ingest run (default 200000)
  --repetitions N   runs per configuration, alternating baseline and core (default 2)
`;

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '200000' },
    repetitions: { type: 'string', default: '2' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const events = Number(values.events);
const repetitions = Number(values.repetitions);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(repetitions) || repetitions < 1) {
  process.stderr.write('bench: --events and --repetitions must be positive integers\n');
  process.exit(2);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
};
log(`machine: ${JSON.stringify(machine)}`);

const ingest = await benchIngest(events, repetitions, log);

const results = { at: new Date().toISOString(), machine, ingest };
const dir = join(PACKAGE_ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${results.at.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

process.stdout.write('\n| measure | baseline | watchfloor | ratio | target |\n|---|---|---|---|---|\n');
for (const row of ingest) {
  process.stdout.write(
    `| durable ingest, QoS ${row.qos}, ${row.events} events (msg/s, each run) | bare mqtt.js: ${row.bareMsgPerS.join(', ')} | ${row.coreMsgPerS.join(', ')} | ${row.ratio} | ≥ 0.9 |\n`,
  );
}
process.stdout.write(`\nresults: ${file}\n`);
