import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_SITE_DIR, PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { buildShiftReport } from '../../electron/core/reports/build-shift-report.js';
import { reportCsv } from '../../electron/core/reports/csv/report-csv.js';
import { reportPdf } from '../../electron/core/reports/pdf/report-pdf.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { actionLog } from '../../electron/core/store/action-log.js';
import { alarmRecords } from '../../electron/core/store/alarm-records.js';
import { openDatabase } from '../../electron/core/store/database.js';
import { tempDir } from '../support/temp-dir.js';
import { countIn, seedScaleDatabase } from './report-scale-seed.js';

/**
 * `npx tsx test/bench/report-scale.ts`: a one-shift report out of a database holding 100,000
 * alarms and 1,000,000 events. Prints timings; exits 1 only if a figure in the report is wrong.
 */
const dir = tempDir('report-scale');
const file = join(dir.path, 'scale.db');
const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;
const log = (line: string) => process.stdout.write(`${line}\n`);

try {
  let t = performance.now();
  const seed = seedScaleDatabase(file);
  log(
    `seeded ${seed.alarms} alarms, ${seed.actions} actions, ${seed.events} events in ${ms(t)} (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB)`,
  );

  const site = loadSite(DEMO_SITE_DIR);
  const db = openDatabase(file, { readonly: true });
  const source = { db, alarms: alarmRecords(db), actions: actionLog(db) };
  const middle = seed.start + Math.floor((seed.end - seed.start) / 2);
  const shifts = [0, 1, 2, 3, 4].map((n) => ({
    from: middle + n * 8 * 3_600_000,
    to: middle + (n + 1) * 8 * 3_600_000,
  }));
  const failures: string[] = [];
  for (const [index, range] of shifts.entries()) {
    t = performance.now();
    const report = buildShiftReport(source, site, range);
    const built = ms(t);
    const expected = {
      alarms: countIn(seed.raisedAt, range.from, range.to),
      events: countIn(seed.receivedAt, range.from, range.to),
    };
    if (report.summary.alarmsRaised !== expected.alarms)
      failures.push(`shift ${index}: ${report.summary.alarmsRaised} alarms, expected ${expected.alarms}`);
    if (report.summary.eventsStored !== expected.events)
      failures.push(`shift ${index}: ${report.summary.eventsStored} events, expected ${expected.events}`);
    t = performance.now();
    const csv = reportCsv(report);
    const csvTime = ms(t);
    t = performance.now();
    const pdf = await reportPdf(report);
    log(
      `shift ${index}: ${report.summary.alarmsRaised} alarms, ${report.summary.eventsStored} events: ` +
        `report ${built}, CSV ${csvTime} (${csv.length} chars), PDF ${ms(t)} (${pdf.length} bytes)`,
    );
  }
  // A week and a month: what a supervisor might try; the month is over REPORT_LIMITS.alarms.
  for (const days of [7, 31]) {
    t = performance.now();
    try {
      const report = buildShiftReport(source, site, { from: middle, to: middle + days * 86_400_000 });
      log(`${days} days: ${report.summary.alarmsRaised} alarms, report ${ms(t)}`);
    } catch (error) {
      log(`${days} days: refused in ${ms(t)}: ${(error as Error).message}`);
    }
  }
  db.close();

  const range = shifts[0] ?? { from: 0, to: 1 };
  t = performance.now();
  const cli = spawnSync(
    process.execPath,
    [
      join(PACKAGE_ROOT, 'bin', 'watchfloor.js'),
      'report',
      '--db',
      file,
      '--from',
      new Date(range.from).toISOString(),
      '--to',
      new Date(range.to).toISOString(),
      '--out',
      join(dir.path, 'shift.pdf'),
    ],
    { encoding: 'utf8' },
  );
  log(
    `CLI, PDF, whole process (node start-up included): ${ms(t)}, exit ${cli.status}: ${cli.stdout.trim().split('\n').at(-1) ?? ''}`,
  );
  if (cli.status !== 0) failures.push(`CLI exit ${cli.status}: ${cli.stderr}`);
  for (const failure of failures) process.stderr.write(`WRONG: ${failure}\n`);
  process.exitCode = failures.length > 0 ? 1 : 0;
} finally {
  dir.remove();
}
