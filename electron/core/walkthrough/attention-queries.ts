import type { Database } from 'better-sqlite3';
import type { CameraStatus } from '../../../shared/contract/payloads.js';
import type { DeviceState } from '../../../shared/domain/device-state.js';
import { deviceStates } from '../store/device-states.js';
import type { CountRow } from './rules/device-reason.js';
import { DOOR_TROUBLES, type DoorTrouble } from './rules/door-trouble.js';
import { FALSE_ALARM_DISPOSITIONS, type ResolvedAlarmRow } from './rules/false-alarms.js';

export type AttentionWindow = { siteId: string; from: number; to: number };

/** What the suggestion rules judge, read from the console database. */
export type AttentionData = {
  cameraTrouble: CountRow<CameraStatus>[];
  doorTrouble: CountRow<DoorTrouble>[];
  resolvedAlarms: ResolvedAlarmRow[];
  states: DeviceState[];
};

/**
 * The few reads the walkthrough planner needs, prepared once per database handle (read-only is
 * fine). They group in SQL, so what comes back is bounded by devices × kinds, not by events: a
 * week of a busy site's traffic is counted, never loaded.
 */
export function attentionQueries(db: Database) {
  const camera = db.prepare(`SELECT device_id AS deviceId, json_extract(payload, '$.status') AS kind,
      count(*) AS count, max(received_at) AS lastAt
    FROM events
    WHERE channel = 'camera' AND received_at >= @from AND received_at < @to AND site_id = @siteId
      AND json_extract(payload, '$.status') <> 'ok'
    GROUP BY device_id, kind`);
  const doors = db.prepare(`SELECT device_id AS deviceId, json_extract(payload, '$.event') AS kind,
      count(*) AS count, max(received_at) AS lastAt
    FROM events
    WHERE channel = 'access' AND received_at >= @from AND received_at < @to AND site_id = @siteId
      AND json_extract(payload, '$.event') IN (${DOOR_TROUBLES.map(() => '?').join(', ')})
    GROUP BY device_id, kind`);
  const falseList = FALSE_ALARM_DISPOSITIONS.map(() => '?').join(', ');
  // Alarms raised in the window (the raised_at index) and since resolved; the disposition says if they were real.
  const alarms = db.prepare(`SELECT device_id AS deviceId, count(*) AS resolved,
      sum(disposition IN (${falseList})) AS falseAlarms,
      max(CASE WHEN disposition IN (${falseList}) THEN resolved_at END) AS lastFalseAt
    FROM alarms
    WHERE raised_at >= @from AND raised_at < @to AND site_id = @siteId AND state = 'resolved'
    GROUP BY device_id`);
  const states = deviceStates(db);

  return {
    read(window: AttentionWindow): AttentionData {
      return {
        cameraTrouble: camera.all(window) as CountRow<CameraStatus>[],
        doorTrouble: doors.all(...DOOR_TROUBLES, window) as CountRow<DoorTrouble>[],
        resolvedAlarms: alarms.all(
          ...FALSE_ALARM_DISPOSITIONS,
          ...FALSE_ALARM_DISPOSITIONS,
          window,
        ) as ResolvedAlarmRow[],
        states: states.loadAll().filter((state) => state.siteId === window.siteId),
      };
    },
  };
}
export type AttentionQueries = ReturnType<typeof attentionQueries>;
