import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type Site } from '../../../shared/domain/site.js';
import { ConfigError, describeZodIssues } from '../config/config-error.js';
import { siteProblems } from './site-problems.js';

export const SITE_FILE = 'site.json';

/** A site from anywhere (a folder's site.json, a site file, an editor's save), checked; `where` names it in messages. */
export function checkSite(raw: unknown, where: string): Site {
  const parsed = siteSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeZodIssues(where, parsed.error));
  const problems = siteProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems.map((problem) => `${where}: ${problem}`).join('\n'));
  return parsed.data;
}

/** The site (buildings, floors, placed devices) from `<dir>/site.json`, checked. */
export function loadSite(dir: string): Site {
  const file = join(dir, SITE_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`site file ${file}: ${(error as Error).message}`);
  }
  return checkSite(raw, `site file ${file}`);
}
