import Database from 'better-sqlite3';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Site } from '../../../shared/domain/site.js';
import { ConfigError } from '../config/config-error.js';
import { DEMO_SITE_DIR } from '../package-root.js';
import { buildShiftReport, checkReportRange, ReportTooLargeError } from '../reports/build-shift-report.js';
import { reportCsv } from '../reports/csv/report-csv.js';
import { parseSiteTime } from '../reports/parse-site-time.js';
import { reportPdf } from '../reports/pdf/report-pdf.js';
import { shiftRange } from '../reports/shift-range.js';
import type { ShiftReport } from '../reports/shift-report.js';
import { formatDateTime, isTimezone } from '../reports/site-time.js';
import { loadSite } from '../site/load-site.js';
import { actionLog } from '../store/action-log.js';
import { alarmRecords } from '../store/alarm-records.js';
import { openDatabase } from '../store/database.js';
import { EXIT } from './exit-codes.js';
import { REPORT_HELP } from './help.js';

const OPTIONS = {
  db: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  shift: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  site: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['json', 'csv', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (text: string): text is Format => (FORMATS as readonly string[]).includes(text);

/** The report needs the full alarm records (migration 3); a read-only handle cannot migrate. */
const NEEDED_SCHEMA = 3;

/** `watchfloor report`: a shift report from a console database, opened read-only. */
export async function report(argv: string[]): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    process.stdout.write(REPORT_HELP);
    return EXIT.ok;
  }
  const out = required(values.out, '--out <file>');
  const format = formatOf(values.format, out);
  const site = loadSite(values.site ?? DEMO_SITE_DIR);
  if (!isTimezone(site.timezone)) throw new ConfigError(`site ${site.id}: unknown timezone "${site.timezone}"`);
  const shiftId = values.shift === undefined ? null : shiftIdOf(values.shift, values);
  const given = shiftId === null ? { from: time('from', values.from, site), to: time('to', values.to, site) } : null;
  if (given && given.from >= given.to)
    throw new ConfigError(
      `--from must be before --to (got ${formatDateTime(given.from, site.timezone)} to ${formatDateTime(given.to, site.timezone)})`,
    );
  const shift = withDatabase(required(values.db, '--db <file>'), (db) => {
    const range = given ?? rangeOfShift(db, shiftId ?? 0);
    try {
      checkReportRange(range);
      return buildShiftReport({ db, alarms: alarmRecords(db), actions: actionLog(db) }, site, range);
    } catch (error) {
      if (error instanceof ReportTooLargeError) throw new ConfigError(error.message);
      throw error;
    }
  });
  const body = await render(shift, format);
  const path = resolve(out);
  // Written beside the target and renamed: a reader never sees half a report.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, body);
  renameSync(partial, path);
  process.stdout.write(`wrote ${format} shift report to ${path} (${body.length} bytes)\n${summaryLine(shift)}\n`);
  return EXIT.ok;
}

function summaryLine(shift: ShiftReport): string {
  const { summary, kpis } = shift;
  const tz = shift.range.timezone;
  return (
    `${shift.site?.name ?? 'site'}, ${formatDateTime(shift.range.from, tz)} to ${formatDateTime(shift.range.to, tz)} (${tz}): ` +
    `${summary.alarmsRaised} alarms raised, ${summary.resolved} resolved, ${summary.openAtEnd} open at end, ` +
    `${summary.escalations} escalations, ${summary.notes} notes, ${summary.eventsStored} events, ` +
    `flood ${kpis.flood.totalS} s`
  );
}

async function render(shift: ShiftReport, format: Format): Promise<Buffer> {
  if (format === 'pdf') return reportPdf(shift);
  if (format === 'csv') return Buffer.from(reportCsv(shift), 'utf8');
  return Buffer.from(`${JSON.stringify(shift, null, 2)}\n`, 'utf8');
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor report --help)`);
  }
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new ConfigError(`${flag} is required (see watchfloor report --help)`);
  return value;
}

/** --format, or else the extension of --out. */
function formatOf(flag: string | undefined, out: string): Format {
  const chosen = flag ?? extname(out).slice(1).toLowerCase();
  if (isFormat(chosen)) return chosen;
  throw new ConfigError(
    flag === undefined
      ? `--format is required when --out does not end in .${FORMATS.join(', .')}`
      : `--format: must be one of ${FORMATS.join(', ')}, got "${flag}"`,
  );
}

/** --shift instead of --from and --to: the shift's own range (reports/shift-range.ts). */
function shiftIdOf(text: string, values: { from?: string | undefined; to?: string | undefined }): number {
  if (values.from !== undefined || values.to !== undefined)
    throw new ConfigError('--shift gives the range itself: leave out --from and --to');
  if (!/^[1-9]\d{0,14}$/.test(text)) throw new ConfigError(`--shift: "${text}" is not a shift id`);
  return Number(text);
}

function rangeOfShift(db: Database.Database, shiftId: number): { from: number; to: number } {
  const range = shiftRange(db, shiftId, Date.now());
  if (!range.ok) throw new ConfigError(`--shift: ${range.reason}`);
  return { from: range.from, to: range.to };
}

function time(flag: 'from' | 'to', text: string | undefined, site: Site): number {
  const parsed = parseSiteTime(required(text, `--${flag} <ISO date-time>`), site.timezone);
  if (!parsed.ok) throw new ConfigError(`--${flag}: "${text}" ${parsed.reason}`);
  return parsed.at;
}

function withDatabase<T>(path: string, work: (db: Database.Database) => T): T {
  if (!existsSync(path)) throw new ConfigError(`--db: no such file: ${path}`);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, { readonly: true });
    checkSchema(db, path);
    return work(db);
  } catch (error) {
    if (error instanceof Database.SqliteError && ['SQLITE_NOTADB', 'SQLITE_CANTOPEN'].includes(error.code))
      throw new ConfigError(`--db: ${path} is not a readable SQLite database (${error.message})`);
    throw error;
  } finally {
    db?.close();
  }
}

function checkSchema(db: Database.Database, path: string): void {
  const hasMigrations =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  const version = hasMigrations
    ? (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null)
    : null;
  if (version === null) throw new ConfigError(`--db: ${path} is not a Watchfloor database`);
  if (version < NEEDED_SCHEMA)
    throw new ConfigError(
      `--db: ${path} has schema version ${version}; reports need ${NEEDED_SCHEMA}. Start the console on it once to migrate it`,
    );
}
