import type { Database, Statement } from 'better-sqlite3';
import type { Drill } from '../../../shared/api/drills.js';
import type { Alarm } from '../../../shared/domain/alarm.js';
import type { Site } from '../../../shared/domain/site.js';
import type { ActionLog } from '../store/action-log.js';
import type { DrillReport } from './drill-report.js';
import { scoreDrill } from './score-drill.js';
import { siteNames } from './site-names.js';

/** A drill raises tens of alarms; past this it is not a drill anyone can score, and is refused. */
export const DRILL_REPORT_LIMITS = { alarms: 5_000 } as const;

export class DrillReportTooLargeError extends Error {
  override readonly name = 'DrillReportTooLargeError';
}

const statements = new WeakMap<Database, Statement>();

/** Through the index of migration 10 (alarms_by_drill). */
function drillAlarmsQuery(db: Database): Statement {
  let statement = statements.get(db);
  if (!statement) {
    statement = db.prepare('SELECT id, record FROM alarms WHERE drill_id = ? ORDER BY raised_at, id LIMIT ?');
    statements.set(db, statement);
  }
  return statement;
}

/** The drill's alarms and their action-log rows, then the pure scoring. */
export function buildDrillReport(
  source: { db: Database; actions: Pick<ActionLog, 'forAlarm'> },
  site: Site | null,
  drill: Drill,
  generatedAt: number = Date.now(),
): DrillReport {
  const rows = drillAlarmsQuery(source.db).all(drill.id, DRILL_REPORT_LIMITS.alarms + 1) as {
    id: number;
    record: string;
  }[];
  if (rows.length > DRILL_REPORT_LIMITS.alarms)
    throw new DrillReportTooLargeError(`drill ${drill.id} raised more than ${DRILL_REPORT_LIMITS.alarms} alarms`);
  const alarms = rows.map((row): Alarm => ({ ...(JSON.parse(row.record) as Alarm), id: row.id }));
  const names = siteNames(site);
  return scoreDrill({
    drill,
    generatedAt,
    site,
    alarms,
    alarmActions: new Map(alarms.map((alarm) => [alarm.id, source.actions.forAlarm(alarm.id)])),
    place: (alarm) => {
      const device = names.device(alarm.deviceId) ?? alarm.deviceId;
      const zone = names.zone(alarm.zone);
      return zone ? `${device} (${zone})` : device;
    },
  });
}
