import eventLog from './001-event-log.js';
import actionLog from './002-action-log.js';
import alarmHandling from './003-alarm-handling.js';
import operators from './004-operators.js';
import shifts from './005-shifts.js';
import review from './006-review.js';
import siteVersions from './007-site-versions.js';
import patrolTours from './008-patrol-tours.js';
import performanceIndexes from './009-performance-indexes.js';
import drills from './010-drills.js';
import replayKeyframes from './011-replay-keyframes.js';

export type Migration = { version: number; name: string; sql: string };

/** Append-only: never edit a migration that has shipped; add the next number. */
export const MIGRATIONS: readonly Migration[] = [
  eventLog,
  actionLog,
  alarmHandling,
  operators,
  shifts,
  review,
  siteVersions,
  patrolTours,
  performanceIndexes,
  drills,
  replayKeyframes,
];
