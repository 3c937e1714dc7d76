import { writeFileSync, renameSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { walkthroughRequestSchema } from '../../../shared/domain/walkthrough.js';
import { ConfigError } from '../config/config-error.js';
import { DEMO_SITE_DIR } from '../package-root.js';
import { loadPatrolPlan } from '../patrols/load-patrol-plan.js';
import { parseSiteTime } from '../reports/parse-site-time.js';
import { loadSite } from '../site/load-site.js';
import { attentionQueries } from '../walkthrough/attention-queries.js';
import { buildWalkthrough } from '../walkthrough/build-walkthrough.js';
import { withConsoleDatabase } from '../walkthrough/console-db.js';
import { routeCardPdf } from '../walkthrough/pdf/route-card-pdf.js';
import { walkthroughSummary } from '../walkthrough/walkthrough-summary.js';
import { WalkthroughRequestError } from '../walkthrough/walkthrough-scope.js';
import { EXIT } from './exit-codes.js';

export const WALKTHROUGH_HELP = `Usage: watchfloor walkthrough --db <file> [options]

Plans an inspection walkthrough of the devices that misbehaved in the last days (cameras
with trouble, doors held open, forced or faulty, sensors with mostly false alarms, devices
offline or silent, devices never placed), or a patrol over chosen checkpoints, in a short
walking order across floors through the site's stairs and lifts, from the security office.
Rules, thresholds and route quality: docs/walkthrough.md. The database is opened read-only.

Options:
  --db <file>             console database file (required)
  --site <dir>            site folder with site.json (default: the demo site)
  --building <id>         only this building
  --floor <id>            only this floor; repeat for several
  --days <n>              look back this many days (default 7, at most 92)
  --goal <g>              inspection (default) or patrol
  --checkpoints <a,b,c>   patrol: these checkpoints (default: every one on the chosen floors)
  --speed <m/s>           walking speed (default 1.2)
  --dwell <s>             time at each stop (default 60)
  --at <time>             plan as of this time (default now); ISO 8601, site time without offset
  --format <f>            json or pdf (default: from the --out extension, else json)
  --out <file>            write here (default: standard output)
  -h, --help              this help

Example:
  watchfloor walkthrough --db watchfloor.db --floor 1 --floor 2 --days 7 --out walk.pdf

Exit codes: 0 written, 1 failure, 2 usage error (unknown floor or checkpoint, bad number, no such database).
`;

const OPTIONS = {
  db: { type: 'string' },
  site: { type: 'string' },
  building: { type: 'string' },
  floor: { type: 'string', multiple: true },
  days: { type: 'string' },
  goal: { type: 'string' },
  checkpoints: { type: 'string' },
  speed: { type: 'string' },
  dwell: { type: 'string' },
  at: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which flag a field of the request came from, so a refusal names what the planner typed. */
const FLAG_OF: Record<string, string> = {
  goal: '--goal',
  building: '--building',
  floors: '--floor',
  days: '--days',
  checkpoints: '--checkpoints',
  walkingSpeedMps: '--speed',
  dwellS: '--dwell',
};

const number = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

/** `watchfloor walkthrough`: a walkthrough plan as JSON or a printable route card. */
export async function walkthrough(argv: string[]): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    process.stdout.write(WALKTHROUGH_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? (values.out && extname(values.out) === '.pdf' ? 'pdf' : 'json');
  if (format !== 'json' && format !== 'pdf') throw new ConfigError(`--format: must be json or pdf, got "${format}"`);
  const siteDir = values.site ?? DEMO_SITE_DIR;
  const site = loadSite(siteDir);
  const parsed = walkthroughRequestSchema.safeParse({
    goal: values.goal,
    building: values.building,
    floors: values.floor,
    days: number(values.days),
    checkpoints: values.checkpoints?.split(',').filter((id) => id !== ''),
    walkingSpeedMps: number(values.speed),
    dwellS: number(values.dwell),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${FLAG_OF[String(issue?.path[0])] ?? 'options'}: ${issue?.message ?? 'invalid'}`);
  }
  const now = at(values.at, site.timezone);
  if (!values.db) throw new ConfigError('--db <file> is required (see watchfloor walkthrough --help)');
  const checkpoints = parsed.data.goal === 'patrol' ? loadPatrolPlan(siteDir, site).checkpoints : [];
  const plan = withConsoleDatabase(values.db, (db) => {
    try {
      return buildWalkthrough({ queries: attentionQueries(db), site, checkpoints }, parsed.data, now);
    } catch (error) {
      if (error instanceof WalkthroughRequestError) throw new ConfigError(`${FLAG_OF[error.field]}: ${error.message}`);
      throw error;
    }
  });
  const body = format === 'pdf' ? await routeCardPdf(plan, site) : Buffer.from(`${JSON.stringify(plan, null, 2)}\n`);
  if (values.out === undefined) {
    if (format === 'pdf' && process.stdout.isTTY)
      throw new ConfigError('--out <file> is needed for a PDF on a terminal');
    process.stdout.write(body);
    return EXIT.ok;
  }
  write(resolve(values.out), body);
  process.stdout.write(`wrote ${format} walkthrough to ${resolve(values.out)}\n${walkthroughSummary(plan)}\n`);
  return EXIT.ok;
}

function write(path: string, body: Buffer): void {
  // Written beside the target and renamed: a printer never picks up half a card.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, body);
  renameSync(partial, path);
}

function at(text: string | undefined, timezone: string): number {
  if (text === undefined) return Date.now();
  const parsed = parseSiteTime(text, timezone);
  if (!parsed.ok) throw new ConfigError(`--at: "${text}" ${parsed.reason}`);
  return parsed.at;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor walkthrough --help)`);
  }
}
