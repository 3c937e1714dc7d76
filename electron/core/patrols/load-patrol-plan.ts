import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_PATROL_PLAN, patrolPlanSchema, type PatrolPlan } from '../../../shared/domain/patrol.js';
import { siteFloors, type Site } from '../../../shared/domain/site.js';
import { ConfigError, describeZodIssues } from '../config/config-error.js';

export const PATROL_FILE = 'patrols.json';

/** Checkpoints must stand on a floor of the site, inside its plan. */
export function checkpointProblems(plan: PatrolPlan, site: Site): string[] {
  const floors = new Map(siteFloors(site).map((floor) => [floor.id, floor]));
  return plan.checkpoints.flatMap((checkpoint, index) => {
    const floor = floors.get(checkpoint.floorId);
    if (!floor) return [`checkpoints.${index}.floorId: no floor "${checkpoint.floorId}"`];
    if (checkpoint.x > floor.widthM || checkpoint.y > floor.heightM) {
      return [
        `checkpoints.${index}: position (${checkpoint.x}, ${checkpoint.y}) is outside floor "${floor.id}" (${floor.widthM} × ${floor.heightM} m)`,
      ];
    }
    return [];
  });
}

/** `<site>/patrols.json` (checkpoints and tours), checked against the site; no file, no tours. */
export function loadPatrolPlan(siteDir: string, site: Site): PatrolPlan {
  const file = join(siteDir, PATROL_FILE);
  if (!existsSync(file)) return EMPTY_PATROL_PLAN;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`patrol file ${file}: ${(error as Error).message}`);
  }
  const parsed = patrolPlanSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeZodIssues(`patrol file ${file}`, parsed.error));
  const problems = checkpointProblems(parsed.data, site);
  if (problems.length > 0)
    throw new ConfigError(problems.map((problem) => `patrol file ${file}: ${problem}`).join('\n'));
  return parsed.data;
}
