import Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-error.js';
import { addSiteVersion } from '../site/site-book.js';
import { exportSiteFile, readSiteFile, readSiteFolder } from '../site/site-file-io.js';
import { openDatabase } from '../store/database.js';
import { planImages } from '../store/plan-images.js';
import { siteVersions } from '../store/site-versions.js';
import { EXIT } from './exit-codes.js';

export const SITE_HELP = `Usage: watchfloor site <export|import> --db <file> [options]

The site (buildings, floors, floorplans, zones, devices, connectors) a console runs is kept
in its database as numbered versions; the site editor (admins, ?view=site) saves new ones.
One site file holds a whole site with its floorplans embedded (docs/site-editor.md).

Commands:
  export --out <file>     write the newest saved version as one site file. The database is
                          opened read-only, so this is safe beside a running console
  import --from <path>    save a site file, or a site folder (site.json and its plan files,
                          like fixtures/sites/demo), as the newest version. Checked like the
                          editor's saves; a running console takes it at its next start

Options:
  --db <file>             console database file (required; import creates it if missing)
  --out <file>            export: where to write (an existing file is replaced whole)
  --from <file|dir>       import: a site file or a site folder
  --note <text>           import: why, for the version history
  -h, --help              this help

Exit codes: 0 done, 1 failure, 2 usage error (bad site, no such database or version).
`;

const OPTIONS = {
  db: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  note: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `watchfloor site export|import`. */
export async function site(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(SITE_HELP);
    return EXIT.ok;
  }
  const [command, ...extra] = positionals;
  if (extra.length > 0) throw new ConfigError(`unexpected "${extra.join(' ')}" (see watchfloor site --help)`);
  const db = required(values.db, '--db <file>');
  if (command === 'export') return exportSite(db, required(values.out, '--out <file>'));
  if (command === 'import') return importSite(db, required(values.from, '--from <file|dir>'), values.note);
  throw new ConfigError(
    `${command ? `unknown command "${command}"` : 'export or import?'} (see watchfloor site --help)`,
  );
}

function exportSite(dbPath: string, out: string): number {
  if (!existsSync(dbPath)) throw new ConfigError(`--db: no such file: ${dbPath}`);
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const hasVersions = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'site_versions'").get();
    const newest = hasVersions ? siteVersions(db).newest() : undefined;
    if (!newest) throw new ConfigError(`--db: ${dbPath} has no saved site yet (start the console on it once)`);
    const text = `${JSON.stringify(exportSiteFile(newest.site, planImages(db), Date.now()))}\n`;
    const path = resolve(out);
    // Written beside the target and renamed: nobody copies half a site file.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, text);
    renameSync(partial, path);
    process.stdout.write(
      `wrote site "${newest.site.id}" version ${newest.id} to ${path} (${Buffer.byteLength(text)} bytes)\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Database.SqliteError) throw new ConfigError(`--db: ${dbPath}: ${error.message}`);
    throw error;
  } finally {
    db.close();
  }
}

function importSite(dbPath: string, from: string, note: string | undefined): number {
  if (!existsSync(from)) throw new ConfigError(`--from: no such file or folder: ${from}`);
  const source = statSync(from).isDirectory()
    ? readSiteFolder(from)
    : readSiteFile(parseJson(from), `site file ${from}`);
  const db = openDatabase(dbPath);
  try {
    const saved = addSiteVersion(
      db,
      source,
      { by: process.env.USER ?? 'cli', note: note ?? `imported from ${resolve(from)}`, source: 'import' },
      Date.now(),
    );
    process.stdout.write(`saved site "${saved.site.id}" as version ${saved.id} in ${dbPath}\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`--from: ${file}: ${(error as Error).message}`);
  }
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new ConfigError(`${flag} is required (see watchfloor site --help)`);
  return value;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor site --help)`);
  }
}
